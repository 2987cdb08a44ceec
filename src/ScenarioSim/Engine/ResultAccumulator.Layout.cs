using ScenarioSim.Results;
using ScenarioSim.Statistics;

namespace ScenarioSim.Engine;

/// <summary>
/// The accumulator's histograms named and ordered, so that a partial result can be written out and
/// rebuilt exactly (<see cref="ScaleOut.PartialResultJson"/>). Kept apart from the collecting code.
/// </summary>
internal sealed partial class ResultAccumulator
{
    /// <summary>The key prefix of scalar metrics: <c>metric/&lt;name&gt;</c>.</summary>
    public const string MetricKeyPrefix = "metric/";

    /// <summary>The compiled scenario the histograms are laid out for.</summary>
    public CompiledScenario Scenario => _scenario;

    /// <summary>
    /// Every histogram under a stable, readable key, in a fixed order: the metrics
    /// (<c>metric/&lt;name&gt;</c>, in <see cref="MetricNames.All"/> order), then the series cells
    /// (<c>&lt;series&gt;/&lt;region&gt;/&lt;month&gt;</c>) in the order <see cref="ToResult"/> reports them,
    /// then the regions' and groups' histograms (<see cref="BreakdownAccumulator.Histograms"/>).
    /// Two accumulators of the same scenario list the same keys in the same order.
    /// </summary>
    /// <exception cref="InvalidOperationException">The accumulator keeps no monthly series.</exception>
    public IEnumerable<KeyValuePair<string, ValueHistogram>> Histograms()
    {
        if (!MonthlySeries)
        {
            throw new InvalidOperationException("An accumulator without monthly series has no partial-result layout.");
        }

        return HistogramsInOrder();
    }

    private IEnumerable<KeyValuePair<string, ValueHistogram>> HistogramsInOrder()
    {
        var c = _scenario;
        foreach (string name in MetricNames.All)
        {
            yield return new(MetricKeyPrefix + name, _metrics[name]);
        }

        foreach (var cell in RegionalCells(SeriesNames.Troops, _troops))
        {
            yield return cell;
        }

        foreach (var cell in RegionalCells(SeriesNames.MilitiaAttacks, _militiaAttacks))
        {
            yield return cell;
        }

        if (c.Isis.HasPool)
        {
            foreach (var cell in RegionalCells(SeriesNames.IsisAttacks, _isisAttacks))
            {
                yield return cell;
            }
        }

        foreach (var cell in RegionalCells(SeriesNames.MilitiaFatalities, _militiaFatalities))
        {
            yield return cell;
        }

        if (c.Isis.HasPool)
        {
            for (int m = 0; m < c.MonthCount; m++)
            {
                yield return new(CellKey(SeriesNames.IsisFighters, SeriesNames.AllRegions, c.MonthLabels[m]), _isisFighters[m]);
            }
        }

        if (c.Escalation.HasChain)
        {
            int states = c.Escalation.StateNames.Length;
            for (int k = 0; k < states; k++)
            {
                for (int m = 0; m < c.MonthCount; m++)
                {
                    yield return new(
                        CellKey(SeriesNames.EscalationPrefix + c.Escalation.StateNames[k], SeriesNames.AllRegions, c.MonthLabels[m]),
                        _stateShare[(m * states) + k]);
                }
            }
        }

        foreach (var cell in _breakdown.Histograms())
        {
            yield return cell;
        }
    }

    /// <summary>Sets the replication count of an accumulator rebuilt from its histograms.</summary>
    public void RestoreReplications(long replications) => Replications = replications;

    private IEnumerable<KeyValuePair<string, ValueHistogram>> RegionalCells(string series, ValueHistogram[] cells)
    {
        var c = _scenario;
        for (int r = 0; r <= c.RegionCount; r++)
        {
            string region = r < c.RegionCount ? c.RegionIds[r] : SeriesNames.AllRegions;
            for (int m = 0; m < c.MonthCount; m++)
            {
                yield return new(CellKey(series, region, c.MonthLabels[m]), cells[(m * _columns) + r]);
            }
        }
    }

    private static string CellKey(string series, string region, string month) => $"{series}/{region}/{month}";
}
