using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ScenarioSim.Model;
using ScenarioSim.Randomness;
using ScenarioSim.Results;
using ScenarioSim.Statistics;

namespace ScenarioSim.Engine;

/// <summary>
/// Collects replication outcomes into exact histograms: one per scalar metric and one per
/// (series, region, month) cell. Memory depends on the horizon and the number of distinct values,
/// never on the number of replications; no replications × days array exists. Accumulators of
/// different workers (or shards) combine exactly, so results do not depend on scheduling.
/// </summary>
/// <remarks>Not thread-safe: each worker owns one; <see cref="Combine"/> them at the end.</remarks>
internal sealed partial class ResultAccumulator : IReplicationSink
{
    /// <summary>Bars in each metric's histogram, at most.</summary>
    private const int MetricHistogramBins = 30;

    private readonly CompiledScenario _scenario;
    private readonly int _columns;
    private readonly Dictionary<string, ValueHistogram> _metrics;
    private readonly ValueHistogram[] _troops;
    private readonly ValueHistogram[] _militiaAttacks;
    private readonly ValueHistogram[] _militiaFatalities;
    private readonly ValueHistogram[] _isisAttacks;
    private readonly ValueHistogram[] _isisFighters;
    private readonly ValueHistogram[] _stateShare;
    private readonly BreakdownAccumulator _breakdown;

    /// <summary>An empty accumulator that keeps everything, the monthly series included.</summary>
    public ResultAccumulator(CompiledScenario scenario)
        : this(scenario, monthlySeries: true)
    {
    }

    /// <summary>An empty accumulator.</summary>
    /// <param name="scenario">The compiled scenario whose blocks it adds.</param>
    /// <param name="monthlySeries">
    /// Whether to keep the monthly series by region (troops, attacks, fatalities, fighters, escalation
    /// states). Without them <see cref="ToResult"/> reports the same metrics, exceedances, breakdowns and
    /// theatre and group series, and no regional monthly series: what an analysis's design points need, at
    /// about a tenth of the histograms. Such an accumulator cannot be written out as a partial result.
    /// </param>
    public ResultAccumulator(CompiledScenario scenario, bool monthlySeries)
    {
        _scenario = scenario;
        _columns = scenario.RegionCount + 1;
        MonthlySeries = monthlySeries;
        int months = monthlySeries ? scenario.MonthCount : 0;
        _metrics = MetricNames.All.ToDictionary(name => name, _ => new ValueHistogram(), StringComparer.Ordinal);
        _troops = NewCells(months * _columns);
        _militiaAttacks = NewCells(months * _columns);
        _militiaFatalities = NewCells(months * _columns);
        _isisAttacks = NewCells(scenario.Isis.HasPool ? months * _columns : 0);
        _isisFighters = NewCells(scenario.Isis.HasPool ? months : 0);
        _stateShare = NewCells(scenario.Escalation.HasChain ? months * scenario.Escalation.StateNames.Length : 0);
        _breakdown = new BreakdownAccumulator(scenario);
    }

    /// <summary>Whether the monthly series by region are kept (see the constructor).</summary>
    public bool MonthlySeries { get; }

    /// <summary>Replications added so far.</summary>
    public long Replications { get; private set; }

    /// <inheritdoc />
    /// <remarks>
    /// Cell by cell, all lanes at a time: each histogram is touched for the whole block in one go
    /// rather than once per replication. A histogram's counts do not depend on the order values come
    /// in, so this gives what adding the replications one by one gives.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long firstIndex, BlockState block, int lanes)
    {
        Replications += lanes;
        if (MonthlySeries)
        {
            AddMonthlyCells(block.Records, lanes);
        }

        for (int lane = 0; lane < lanes; lane++)
        {
            ReplicationOutcome.Visit(block, lane, _metrics, static (histograms, metric, value) => histograms[metric].Add(value));
        }

        _breakdown.Add(block, lanes);
    }

    /// <summary>The block's monthly records into the series cells, month by month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMonthlyCells(BlockRecords records, int lanes)
    {
        var c = _scenario;
        int regions = c.RegionCount;
        for (int m = 0; m < c.MonthCount; m++)
        {
            int offset = m * regions;
            int cell = m * _columns;
            var days = BlockVector.Create((double)c.DaysInMonth[m]);
            var troops = BlockVector.Zero;
            var attacks = BlockVector.Zero;
            var deaths = BlockVector.Zero;
            var isisAttacks = BlockVector.Zero;
            for (int r = 0; r < regions; r++)
            {
                troops += records.MonthlyTroops[offset + r];
                attacks += records.MonthlyMilitiaAttacks[offset + r];
                deaths += records.MonthlyMilitiaDeaths[offset + r];
                isisAttacks += records.MonthlyIsisAttacks[offset + r];
                AddLanes(_troops[cell + r], records.MonthlyTroops[offset + r] / days, lanes);
                AddLanes(_militiaAttacks[cell + r], records.MonthlyMilitiaAttacks[offset + r], lanes);
                AddLanes(_militiaFatalities[cell + r], records.MonthlyMilitiaDeaths[offset + r], lanes);
                if (c.Isis.HasPool)
                {
                    AddLanes(_isisAttacks[cell + r], records.MonthlyIsisAttacks[offset + r], lanes);
                }
            }

            AddLanes(_troops[cell + regions], troops / days, lanes);
            AddLanes(_militiaAttacks[cell + regions], attacks, lanes);
            AddLanes(_militiaFatalities[cell + regions], deaths, lanes);
            if (c.Isis.HasPool)
            {
                AddLanes(_isisAttacks[cell + regions], isisAttacks, lanes);
                AddLanes(_isisFighters[m], BlockVector.Truncate(records.MonthEndFighters[m]), lanes);
            }

            if (c.Escalation.HasChain)
            {
                int states = c.Escalation.StateNames.Length;
                for (int k = 0; k < states; k++)
                {
                    AddLanes(_stateShare[(m * states) + k], records.MonthlyStateDays[(m * states) + k] / days, lanes);
                }
            }
        }
    }

    /// <summary>
    /// Adds the first <paramref name="lanes"/> lanes of <paramref name="values"/> to <paramref name="histogram"/>;
    /// a full block whose lanes all hold one value (no attacks that month, troops on a fixed schedule)
    /// is one count of eight.
    /// </summary>
    internal static void AddLanes(ValueHistogram histogram, BlockVector values, int lanes)
    {
        double first = values.ToScalar();
        if (lanes == BlockState.Lanes && BlockVector.EqualsAll(values, BlockVector.Create(first)))
        {
            histogram.AddCount(first, lanes);
            return;
        }

        // The lanes in order, read in place (the block vector's two halves lie lower then upper).
        histogram.AddEach(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<BlockVector, double>(ref values), lanes));
    }

    /// <summary>A deep copy.</summary>
    public ResultAccumulator Clone()
    {
        var copy = new ResultAccumulator(_scenario, MonthlySeries);
        copy.Combine(this);
        return copy;
    }

    /// <summary>Adds everything <paramref name="other"/> (same scenario) has collected.</summary>
    public void Combine(ResultAccumulator other)
    {
        if (other.MonthlySeries != MonthlySeries)
        {
            throw new InvalidOperationException("Accumulators with and without monthly series do not combine.");
        }

        foreach (var (name, histogram) in _metrics)
        {
            histogram.Combine(other._metrics[name]);
        }

        CombineCells(_troops, other._troops);
        CombineCells(_militiaAttacks, other._militiaAttacks);
        CombineCells(_militiaFatalities, other._militiaFatalities);
        CombineCells(_isisAttacks, other._isisAttacks);
        CombineCells(_isisFighters, other._isisFighters);
        CombineCells(_stateShare, other._stateShare);
        _breakdown.Combine(other._breakdown);
        Replications += other.Replications;
    }

    /// <summary>Summarises everything collected.</summary>
    public SimulationResult ToResult(ulong seed)
    {
        var c = _scenario;
        var metrics = new List<MetricSummary>();
        foreach (string name in MetricNames.All)
        {
            metrics.Add(Summarize(name, _metrics[name], Replications));
        }

        var exceedances = new List<ExceedanceProbability>();
        foreach (var threshold in c.Source.Report.Thresholds)
        {
            var histogram = _metrics[threshold.Metric];

            // A replication without a value (no resurgence) has its event later than any threshold.
            long hits = histogram.CountAtLeast(threshold.AtLeast) + (Replications - histogram.Count);
            exceedances.Add(new ExceedanceProbability(threshold.Metric, threshold.AtLeast, WilsonInterval.Estimate(hits, Replications)));
        }

        var series = new List<SeriesPoint>();
        if (MonthlySeries)
        {
            AddMonthlySeries(series);
        }

        series.AddRange(_breakdown.TheatreSeries());
        return new SimulationResult
        {
            ScenarioName = c.Source.Name,
            Seed = seed,
            Replications = checked((int)Replications),
            Version = LibraryVersion.Current,
            Metrics = metrics,
            Exceedances = exceedances,
            Series = series,
            ByRegion = _breakdown.ByRegion(Replications),
            ByGroup = _breakdown.ByGroup(Replications),
            GroupSeries = _breakdown.GroupSeries(),
        };
    }

    /// <summary>
    /// A metric's summary: statistics over the replications with a value, the count of those
    /// without, a probability with its Wilson interval for 0/1 metrics and a histogram for the others.
    /// </summary>
    internal static MetricSummary Summarize(string name, ValueHistogram histogram, long replications) =>
        new(name, histogram.Summarize())
        {
            Probability = MetricNames.IsBinary(name) ? WilsonInterval.Estimate(histogram.CountAtLeast(1), histogram.Count) : null,
            MissingCount = replications - histogram.Count,
            Histogram = MetricNames.IsBinary(name) ? [] : histogram.Bin(MetricHistogramBins),
        };

    /// <summary>The monthly series by region, then fighters and the escalation states' shares, in the order the result reports them.</summary>
    private void AddMonthlySeries(List<SeriesPoint> series)
    {
        var c = _scenario;
        AddRegionalSeries(series, SeriesNames.Troops, _troops);
        AddRegionalSeries(series, SeriesNames.MilitiaAttacks, _militiaAttacks);
        if (c.Isis.HasPool)
        {
            AddRegionalSeries(series, SeriesNames.IsisAttacks, _isisAttacks);
        }

        AddRegionalSeries(series, SeriesNames.MilitiaFatalities, _militiaFatalities);
        if (c.Isis.HasPool)
        {
            for (int m = 0; m < c.MonthCount; m++)
            {
                series.Add(new SeriesPoint(SeriesNames.IsisFighters, SeriesNames.AllRegions, c.MonthLabels[m], _isisFighters[m].Summarize()));
            }
        }

        if (c.Escalation.HasChain)
        {
            int states = c.Escalation.StateNames.Length;
            for (int k = 0; k < states; k++)
            {
                for (int m = 0; m < c.MonthCount; m++)
                {
                    series.Add(new SeriesPoint(
                        SeriesNames.EscalationPrefix + c.Escalation.StateNames[k], SeriesNames.AllRegions, c.MonthLabels[m],
                        _stateShare[(m * states) + k].Summarize()));
                }
            }
        }
    }

    private void AddRegionalSeries(List<SeriesPoint> series, string name, ValueHistogram[] cells)
    {
        var c = _scenario;
        for (int r = 0; r <= c.RegionCount; r++)
        {
            string region = r < c.RegionCount ? c.RegionIds[r] : SeriesNames.AllRegions;
            for (int m = 0; m < c.MonthCount; m++)
            {
                series.Add(new SeriesPoint(name, region, c.MonthLabels[m], cells[(m * _columns) + r].Summarize()));
            }
        }
    }

    internal static ValueHistogram[] NewCells(int count)
    {
        var cells = new ValueHistogram[count];
        for (int i = 0; i < count; i++)
        {
            cells[i] = new ValueHistogram();
        }

        return cells;
    }

    internal static void CombineCells(ValueHistogram[] target, ValueHistogram[] source)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i].Combine(source[i]);
        }
    }
}
