using System.Globalization;
using System.Text.Json;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of a rolling back-test, from its backtest.json (docs/forecasting.md): each model's mean
/// scores, its forecast fans against the observed totals, and a PIT histogram (flat when the forecasts
/// are calibrated).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BacktestReport
{
    private static readonly string[] Models = ["conditioned", "unconditioned", "negbin_constant", "persistence"];

    /// <summary>Adds the back-test's header and sections to <paramref name="document"/>.</summary>
    /// <param name="document">The page.</param>
    /// <param name="path">A backtest.json written by <c>backtest --rolling</c>.</param>
    /// <exception cref="FormatException">The file is not a rolling back-test's backtest.json.</exception>
    public static void AppendTo(HtmlDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var json = Parse(path);
        var root = json.RootElement;
        if (!root.TryGetProperty("origins", out var origins) || !root.TryGetProperty("summary", out var summary) || !root.TryGetProperty("rolling", out var rolling))
        {
            throw new FormatException($"{path} is not a rolling back-test (no 'rolling', 'summary' and 'origins'); run 'backtest --rolling ... --out DIR' to make one");
        }

        try
        {
            Append(document, root, origins, summary, rolling);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new FormatException($"{path} is malformed: {e.Message}", e);
        }
    }

    private static void Append(HtmlDocument document, JsonElement root, JsonElement origins, JsonElement summary, JsonElement rolling)
    {
        string scenario = root.GetProperty("scenario").GetProperty("name").GetString() ?? "";
        document.AddHeader(
            $"Rolling back-test of {scenario}",
            [
                ("Scenario", scenario),
                ("Data", root.GetProperty("data").GetString() ?? ""),
                ("Origins", ReportNumber.Count(origins.GetArrayLength())),
                ("Every / horizon", string.Create(CultureInfo.InvariantCulture, $"{rolling.GetProperty("every").GetInt32()} / {rolling.GetProperty("horizon").GetInt32()} days")),
                ("Replications, seed", string.Create(CultureInfo.InvariantCulture, $"{root.GetProperty("replications").GetInt32()}, {root.GetProperty("seed").GetUInt64()}")),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]);

        document.AddSection("Scores");
        foreach (string model in Models)
        {
            var s = summary.GetProperty(model);
            document.AddParagraph(string.Create(
                CultureInfo.InvariantCulture,
                $"{model}: CRPS {ReportNumber.Format(s.GetProperty("crps").GetDouble())}, 50% coverage {ReportNumber.Percent(s.GetProperty("coverage50").GetDouble())}, 90% coverage {ReportNumber.Percent(s.GetProperty("coverage90").GetDouble())}, 90% interval score {ReportNumber.Format(s.GetProperty("interval_score90").GetDouble())}."));
        }

        document.AddParagraph("Lower CRPS and interval scores are better; coverage should be near 50% and 90% (a little above for small counts, whose intervals are closed). Each score is a mean over the origins.", isNote: true);
        for (int m = 0; m < Models.Length; m++)
        {
            string model = Models[m];
            document.AddSection($"Forecasts: {model}");
            var rows = origins.EnumerateArray().Select(o =>
            {
                var f = o.GetProperty(model);
                return new ForecastFanRow(
                    $"{o.GetProperty("first").GetString()}..{o.GetProperty("last").GetString()}",
                    f.GetProperty("p05").GetDouble(), f.GetProperty("p25").GetDouble(), f.GetProperty("p50").GetDouble(),
                    f.GetProperty("p75").GetDouble(), f.GetProperty("p95").GetDouble(), o.GetProperty("observed").GetDouble());
            }).ToArray();
            var fan = new ForecastFanChart { Id = document.UniqueId($"fan-{model}"), Title = $"{model}: forecast of each window's militia attacks", Rows = rows, Colour = ChartPalette.ForSeries(m) };
            var pits = origins.EnumerateArray().Select(o => o.GetProperty(model).GetProperty("pit").GetDouble()).ToArray();
            var histogram = new HistogramChart
            {
                Id = document.UniqueId($"pit-{model}"),
                Title = $"{model}: PIT of the observed totals",
                AxisLabel = "PIT (randomised)",
                Bins = Enumerable.Range(0, 10).Select(b => new HistogramBin(b / 10.0, (b + 1) / 10.0, pits.Count(p => Math.Min(9, (int)(p * 10)) == b))).ToArray(),
                ShareLabel = "share of origins",
                Median = Calibration.ForecastScores.Quantile(pits.Order().ToArray(), 0.5),
            };
            document.AddFigure(fan.Render(), "Bands: 90% and 50% intervals; tick: median; diamond: the observed total (hollow when outside the 90% interval).");
            document.AddFigure(histogram.Render(), "A calibrated forecast gives a flat PIT histogram with its median near 0.5; a U shape means intervals too narrow, a hump too wide, a slope a biased forecast.");
        }
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not JSON: {e.Message}", e);
        }
    }
}
