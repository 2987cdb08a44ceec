using System.Runtime.Intrinsics;
using ScenarioSim.Results;
using ScenarioSim.Statistics;

namespace ScenarioSim.Engine;

/// <summary>
/// The per-region and per-group part of a <see cref="ResultAccumulator"/>: exact histograms of the
/// <see cref="MetricNames.Breakdown"/> metrics of every region and group, and of the groups' monthly
/// series. Everything is read from a finished block's monthly records by region and its last day's
/// troops, so the daily loop does no extra work for it. Replication by replication, a group's value
/// is computed from its regions' values exactly as the theatre-wide value is from all regions', so
/// where groups partition the regions their counts sum to the totals.
/// </summary>
/// <remarks>Not thread-safe: each worker's accumulator owns one; <see cref="Combine"/> them at the end.</remarks>
internal sealed class BreakdownAccumulator
{
    private static readonly int MetricCount = MetricNames.Breakdown.Count;

    private readonly CompiledScenario _scenario;
    private readonly int[][] _regionSets;
    private readonly ValueHistogram[] _metrics;
    private readonly ValueHistogram[] _troops;
    private readonly ValueHistogram[] _militiaAttacks;
    private readonly ValueHistogram[] _isisAttacks;
    private readonly ValueHistogram[] _militiaFatalities;

    public BreakdownAccumulator(CompiledScenario scenario)
    {
        _scenario = scenario;
        int groups = scenario.GroupNames.Length;
        int months = scenario.MonthCount;

        // Region sets: each region alone, then each group.
        _regionSets = [.. Enumerable.Range(0, scenario.RegionCount).Select(r => new[] { r }), .. scenario.GroupRegions];
        _metrics = ResultAccumulator.NewCells(_regionSets.Length * MetricCount);
        _troops = ResultAccumulator.NewCells(groups * months);
        _militiaAttacks = ResultAccumulator.NewCells(groups * months);
        _isisAttacks = ResultAccumulator.NewCells(scenario.HasIsis ? groups * months : 0);
        _militiaFatalities = ResultAccumulator.NewCells(groups * months);
    }

    /// <summary>Adds the first <paramref name="lanes"/> replications of a finished block.</summary>
    public void Add(BlockState block, int lanes)
    {
        var c = _scenario;
        for (int set = 0; set < _regionSets.Length; set++)
        {
            int[] regions = _regionSets[set];
            int group = set - c.RegionCount;
            for (int lane = 0; lane < lanes; lane++)
            {
                double attacks = 0;
                double deaths = 0;
                double isisAttacks = 0;
                double peak = 0;
                double troopsEnd = 0;
                for (int m = 0; m < c.MonthCount; m++)
                {
                    double monthTroops = 0;
                    double monthAttacks = 0;
                    double monthDeaths = 0;
                    double monthIsisAttacks = 0;
                    foreach (int r in regions)
                    {
                        int cell = (m * c.RegionCount) + r;
                        monthTroops += block.MonthlyTroops[cell].GetElement(lane);
                        monthAttacks += block.MonthlyMilitiaAttacks[cell].GetElement(lane);
                        monthDeaths += block.MonthlyMilitiaDeaths[cell].GetElement(lane);
                        monthIsisAttacks += block.MonthlyIsisAttacks[cell].GetElement(lane);
                    }

                    attacks += monthAttacks;
                    deaths += monthDeaths;
                    isisAttacks += monthIsisAttacks;
                    peak = Math.Max(peak, monthAttacks);
                    if (group >= 0)
                    {
                        AddGroupMonth(group, m, monthTroops / c.DaysInMonth[m], monthAttacks, monthDeaths, monthIsisAttacks);
                    }
                }

                foreach (int r in regions)
                {
                    troopsEnd += block.TroopsToday[r].GetElement(lane);
                }

                // In MetricNames.Breakdown order.
                int first = set * MetricCount;
                _metrics[first].Add(attacks);
                _metrics[first + 1].Add(deaths);
                _metrics[first + 2].Add(deaths > 0 ? 1 : 0);
                _metrics[first + 3].Add(peak);
                _metrics[first + 4].Add(isisAttacks);
                _metrics[first + 5].Add(troopsEnd);
            }
        }
    }

    private void AddGroupMonth(int group, int month, double troops, double attacks, double deaths, double isisAttacks)
    {
        int cell = (group * _scenario.MonthCount) + month;
        _troops[cell].Add(troops);
        _militiaAttacks[cell].Add(attacks);
        _militiaFatalities[cell].Add(deaths);
        if (_scenario.HasIsis)
        {
            _isisAttacks[cell].Add(isisAttacks);
        }
    }

    /// <summary>Adds everything <paramref name="other"/> (same scenario) has collected.</summary>
    public void Combine(BreakdownAccumulator other)
    {
        ResultAccumulator.CombineCells(_metrics, other._metrics);
        ResultAccumulator.CombineCells(_troops, other._troops);
        ResultAccumulator.CombineCells(_militiaAttacks, other._militiaAttacks);
        ResultAccumulator.CombineCells(_isisAttacks, other._isisAttacks);
        ResultAccumulator.CombineCells(_militiaFatalities, other._militiaFatalities);
    }

    /// <summary>Per region, in the scenario's order.</summary>
    public IReadOnlyList<MetricBreakdown> ByRegion(long replications) =>
        Enumerable.Range(0, _scenario.RegionCount).Select(r => Breakdown(_scenario.RegionIds[r], r, replications)).ToList();

    /// <summary>Per group, in the scenario's order.</summary>
    public IReadOnlyList<MetricBreakdown> ByGroup(long replications) =>
        Enumerable.Range(0, _scenario.GroupNames.Length)
            .Select(g => Breakdown(_scenario.GroupNames[g], _scenario.RegionCount + g, replications))
            .ToList();

    private MetricBreakdown Breakdown(string name, int set, long replications) =>
        new(name, MetricNames.Breakdown.Select((metric, k) => ResultAccumulator.Summarize(metric, _metrics[(set * MetricCount) + k], replications)).ToList());

    /// <summary>The groups' monthly series, by series, group, then month.</summary>
    public IReadOnlyList<SeriesPoint> GroupSeries()
    {
        var points = new List<SeriesPoint>();
        foreach (var (series, cells) in SeriesCells())
        {
            for (int g = 0; g < _scenario.GroupNames.Length; g++)
            {
                for (int m = 0; m < _scenario.MonthCount; m++)
                {
                    points.Add(new SeriesPoint(series, _scenario.GroupNames[g], _scenario.MonthLabels[m], cells[(g * _scenario.MonthCount) + m].Summarize()));
                }
            }
        }

        return points;
    }

    /// <summary>
    /// Every histogram under a stable key, in a fixed order: <c>by_region/&lt;region&gt;/&lt;metric&gt;</c>,
    /// <c>by_group/&lt;group&gt;/&lt;metric&gt;</c>, then <c>&lt;series&gt;/group:&lt;group&gt;/&lt;month&gt;</c>.
    /// </summary>
    public IEnumerable<KeyValuePair<string, ValueHistogram>> Histograms()
    {
        var c = _scenario;
        for (int set = 0; set < _regionSets.Length; set++)
        {
            string prefix = set < c.RegionCount ? $"by_region/{c.RegionIds[set]}/" : $"by_group/{c.GroupNames[set - c.RegionCount]}/";
            for (int k = 0; k < MetricCount; k++)
            {
                yield return new(prefix + MetricNames.Breakdown[k], _metrics[(set * MetricCount) + k]);
            }
        }

        foreach (var (series, cells) in SeriesCells())
        {
            for (int g = 0; g < c.GroupNames.Length; g++)
            {
                for (int m = 0; m < c.MonthCount; m++)
                {
                    yield return new($"{series}/{Output.SeriesCsv.GroupRegion(c.GroupNames[g])}/{c.MonthLabels[m]}", cells[(g * c.MonthCount) + m]);
                }
            }
        }
    }

    private IEnumerable<(string Series, ValueHistogram[] Cells)> SeriesCells()
    {
        yield return (SeriesNames.Troops, _troops);
        yield return (SeriesNames.MilitiaAttacks, _militiaAttacks);
        if (_scenario.HasIsis)
        {
            yield return (SeriesNames.IsisAttacks, _isisAttacks);
        }

        yield return (SeriesNames.MilitiaFatalities, _militiaFatalities);
    }
}
