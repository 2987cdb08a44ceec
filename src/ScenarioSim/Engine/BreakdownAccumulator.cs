using System.Runtime.CompilerServices;
using ScenarioSim.Randomness;
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
    private readonly ValueHistogram[] _anyFatalityToDate;
    private readonly ValueHistogram[] _theatreAnyFatalityToDate;

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
        _isisAttacks = ResultAccumulator.NewCells(scenario.Isis.HasPool ? groups * months : 0);
        _militiaFatalities = ResultAccumulator.NewCells(groups * months);
        _anyFatalityToDate = ResultAccumulator.NewCells(groups * months);
        _theatreAnyFatalityToDate = ResultAccumulator.NewCells(months);
    }

    /// <summary>
    /// Adds the first <paramref name="lanes"/> replications of a finished block, all lanes at a time
    /// as <see cref="ResultAccumulator.Add"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(BlockState block, int lanes)
    {
        var c = _scenario;
        var records = block.Records;
        for (int set = 0; set < _regionSets.Length; set++)
        {
            int[] regions = _regionSets[set];
            int group = set - c.RegionCount;
            var attacks = BlockVector.Zero;
            var deaths = BlockVector.Zero;
            var isisAttacks = BlockVector.Zero;
            var peak = BlockVector.Zero;
            var troopsEnd = BlockVector.Zero;
            var deathsToDate = BlockVector.Zero;
            for (int m = 0; m < c.MonthCount; m++)
            {
                var monthTroops = BlockVector.Zero;
                var monthAttacks = BlockVector.Zero;
                var monthDeaths = BlockVector.Zero;
                var monthIsisAttacks = BlockVector.Zero;
                foreach (int r in regions)
                {
                    int cell = (m * c.RegionCount) + r;
                    monthTroops += records.MonthlyTroops[cell];
                    monthAttacks += records.MonthlyMilitiaAttacks[cell];
                    monthDeaths += records.MonthlyMilitiaDeaths[cell];
                    monthIsisAttacks += records.MonthlyIsisAttacks[cell];
                }

                attacks += monthAttacks;
                deaths += monthDeaths;
                isisAttacks += monthIsisAttacks;
                peak = BlockVector.Max(peak, monthAttacks);
                if (group >= 0)
                {
                    int cell = (group * c.MonthCount) + m;
                    ResultAccumulator.AddLanes(_troops[cell], monthTroops / BlockVector.Create((double)c.DaysInMonth[m]), lanes);
                    ResultAccumulator.AddLanes(_militiaAttacks[cell], monthAttacks, lanes);
                    ResultAccumulator.AddLanes(_militiaFatalities[cell], monthDeaths, lanes);
                    deathsToDate += monthDeaths;
                    ResultAccumulator.AddLanes(_anyFatalityToDate[cell], AnyOf(deathsToDate), lanes);
                    if (c.Isis.HasPool)
                    {
                        ResultAccumulator.AddLanes(_isisAttacks[cell], monthIsisAttacks, lanes);
                    }
                }
            }

            foreach (int r in regions)
            {
                troopsEnd += block.Forces.TroopsToday[r];
            }

            // In MetricNames.Breakdown order.
            int first = set * MetricCount;
            ResultAccumulator.AddLanes(_metrics[first], attacks, lanes);
            ResultAccumulator.AddLanes(_metrics[first + 1], deaths, lanes);
            ResultAccumulator.AddLanes(_metrics[first + 2], AnyOf(deaths), lanes);
            ResultAccumulator.AddLanes(_metrics[first + 3], peak, lanes);
            ResultAccumulator.AddLanes(_metrics[first + 4], isisAttacks, lanes);
            ResultAccumulator.AddLanes(_metrics[first + 5], troopsEnd, lanes);
        }

        AddTheatre(block, lanes);
    }

    /// <summary>The theatre-wide <see cref="SeriesNames.AnyFatalityToDate"/>: whether any region has had a death by each month's end.</summary>
    private void AddTheatre(BlockState block, int lanes)
    {
        var c = _scenario;
        var records = block.Records;
        var deathsToDate = BlockVector.Zero;
        for (int m = 0; m < c.MonthCount; m++)
        {
            foreach (int r in c.Militia.Regions)
            {
                deathsToDate += records.MonthlyMilitiaDeaths[(m * c.RegionCount) + r];
            }

            ResultAccumulator.AddLanes(_theatreAnyFatalityToDate[m], AnyOf(deathsToDate), lanes);
        }
    }

    private static BlockVector AnyOf(BlockVector count) =>
        BlockVector.GreaterThan(count, BlockVector.Zero) & BlockVector.One;

    /// <summary>Adds everything <paramref name="other"/> (same scenario) has collected.</summary>
    public void Combine(BreakdownAccumulator other)
    {
        ResultAccumulator.CombineCells(_metrics, other._metrics);
        ResultAccumulator.CombineCells(_troops, other._troops);
        ResultAccumulator.CombineCells(_militiaAttacks, other._militiaAttacks);
        ResultAccumulator.CombineCells(_isisAttacks, other._isisAttacks);
        ResultAccumulator.CombineCells(_militiaFatalities, other._militiaFatalities);
        ResultAccumulator.CombineCells(_anyFatalityToDate, other._anyFatalityToDate);
        ResultAccumulator.CombineCells(_theatreAnyFatalityToDate, other._theatreAnyFatalityToDate);
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

    /// <summary>The theatre-wide series kept here (<see cref="SeriesNames.AnyFatalityToDate"/>), by month.</summary>
    public IEnumerable<SeriesPoint> TheatreSeries() =>
        Enumerable.Range(0, _scenario.MonthCount).Select(m => new SeriesPoint(
            SeriesNames.AnyFatalityToDate, SeriesNames.AllRegions, _scenario.MonthLabels[m], _theatreAnyFatalityToDate[m].Summarize()));

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
    /// Every histogram under a stable key, in a fixed order: the theatre's
    /// <c>any_fatality_to_date/all/&lt;month&gt;</c>, <c>by_region/&lt;region&gt;/&lt;metric&gt;</c>,
    /// <c>by_group/&lt;group&gt;/&lt;metric&gt;</c>, then <c>&lt;series&gt;/group:&lt;group&gt;/&lt;month&gt;</c>.
    /// </summary>
    public IEnumerable<KeyValuePair<string, ValueHistogram>> Histograms()
    {
        var c = _scenario;
        for (int m = 0; m < c.MonthCount; m++)
        {
            yield return new($"{SeriesNames.AnyFatalityToDate}/{SeriesNames.AllRegions}/{c.MonthLabels[m]}", _theatreAnyFatalityToDate[m]);
        }

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
                    yield return new($"{series}/{SeriesNames.GroupRegion(c.GroupNames[g])}/{c.MonthLabels[m]}", cells[(g * c.MonthCount) + m]);
                }
            }
        }
    }

    private IEnumerable<(string Series, ValueHistogram[] Cells)> SeriesCells()
    {
        yield return (SeriesNames.Troops, _troops);
        yield return (SeriesNames.MilitiaAttacks, _militiaAttacks);
        if (_scenario.Isis.HasPool)
        {
            yield return (SeriesNames.IsisAttacks, _isisAttacks);
        }

        yield return (SeriesNames.MilitiaFatalities, _militiaFatalities);
        yield return (SeriesNames.AnyFatalityToDate, _anyFatalityToDate);
    }
}
