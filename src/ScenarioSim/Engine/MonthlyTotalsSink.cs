using System.Runtime.CompilerServices;
using ScenarioSim.Randomness;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// Writes each replication's monthly all-region totals of the key series (troops, militia attacks,
/// deaths from militia attacks and, with ISIS, ISIS attacks and fighters) at its index, measured as
/// summary.json's series are (docs/model.md, outputs): what paired month-by-month comparisons need.
/// Workers write disjoint indices, so one instance serves all. Memory is series × months × replications.
/// </summary>
internal sealed class MonthlyTotalsSink : IReplicationSink
{
    private readonly CompiledScenario _scenario;
    private readonly int _count;

    public MonthlyTotalsSink(CompiledScenario scenario, int count)
    {
        _scenario = scenario;
        _count = count;
        Series = scenario.Isis.HasPool
            ? [SeriesNames.Troops, SeriesNames.MilitiaAttacks, SeriesNames.MilitiaFatalities, SeriesNames.IsisAttacks, SeriesNames.IsisFighters]
            : [SeriesNames.Troops, SeriesNames.MilitiaAttacks, SeriesNames.MilitiaFatalities];
        Values = Series.Select(_ => new double[scenario.MonthCount * count]).ToArray();
    }

    /// <summary>The series recorded, in the order of <see cref="Values"/>.</summary>
    public string[] Series { get; }

    /// <summary>Per series, <c>[month * replications + replication]</c>.</summary>
    public double[][] Values { get; }

    /// <summary>The scenario's month labels, <c>YYYY-MM</c>.</summary>
    public string[] Months => _scenario.MonthLabels;

    /// <summary>One series' values in one month, by replication.</summary>
    public ArraySegment<double> Month(int series, int month) => new(Values[series], month * _count, _count);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long firstIndex, BlockState block, int lanes)
    {
        var c = _scenario;
        var records = block.Records;
        int regions = c.RegionCount;
        for (int m = 0; m < c.MonthCount; m++)
        {
            int offset = m * regions;
            var troops = BlockVector.Zero;
            var attacks = BlockVector.Zero;
            var deaths = BlockVector.Zero;
            var isisAttacks = BlockVector.Zero;

            // Summed region by region in the order ResultAccumulator sums them, so the totals are its totals to the bit.
            for (int r = 0; r < regions; r++)
            {
                troops += records.MonthlyTroops[offset + r];
                attacks += records.MonthlyMilitiaAttacks[offset + r];
                deaths += records.MonthlyMilitiaDeaths[offset + r];
                isisAttacks += records.MonthlyIsisAttacks[offset + r];
            }

            var days = BlockVector.Create((double)c.DaysInMonth[m]);
            Store(0, m, firstIndex, troops / days, lanes);
            Store(1, m, firstIndex, attacks, lanes);
            Store(2, m, firstIndex, deaths, lanes);
            if (c.Isis.HasPool)
            {
                Store(3, m, firstIndex, isisAttacks, lanes);
                Store(4, m, firstIndex, BlockVector.Truncate(records.MonthEndFighters[m]), lanes);
            }
        }
    }

    private void Store(int series, int month, long firstIndex, BlockVector values, int lanes)
    {
        long start = ((long)month * _count) + firstIndex;
        for (int lane = 0; lane < lanes; lane++)
        {
            Values[series][start + lane] = values.GetElement(lane);
        }
    }
}
