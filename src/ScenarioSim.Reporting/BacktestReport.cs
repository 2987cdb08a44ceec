using System.Globalization;
using System.Text;
using System.Text.Json;
using ScenarioSim.Forecasting;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of a rolling back-test, from its backtest.json (docs/forecasting.md) read by the records
/// <c>backtest --rolling</c> writes it with (<see cref="RollingBacktestFile.Read"/>): each model's mean
/// scores, its forecast fans against the observed totals, and a PIT histogram (flat when the forecasts
/// are calibrated).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BacktestReport
{
    /// <summary>The models, in the order the file writes them, and where each origin holds its forecast.</summary>
    private static readonly (string Name, Func<RollingBacktestOrigin, HorizonForecast> Forecast)[] Models =
    [
        ("conditioned", o => o.Conditioned),
        ("unconditioned", o => o.Unconditioned),
        ("negbin_constant", o => o.NegbinConstant),
        ("persistence", o => o.Persistence),
    ];

    /// <summary>Adds the back-test's header and sections to <paramref name="document"/>.</summary>
    /// <param name="document">The page.</param>
    /// <param name="path">A backtest.json written by <c>backtest --rolling</c>.</param>
    /// <exception cref="FormatException">The file is not a rolling back-test's backtest.json.</exception>
    public static void AppendTo(HtmlDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = File.ReadAllText(path);
        using (var json = ReportJson.Parse(text, path))
        {
            // The in-sample back-test writes a backtest.json too: say which one the report needs.
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("origins", out _) || !root.TryGetProperty("summary", out _) || !root.TryGetProperty("rolling", out _))
            {
                throw new FormatException($"{path} is not a rolling back-test (no 'rolling', 'summary' and 'origins'); run 'backtest --rolling ... --out DIR' to make one");
            }
        }

        RollingBacktestFile backtest;
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            backtest = RollingBacktestFile.Read(stream);
        }

        if (Models.FirstOrDefault(m => !backtest.Summary.ContainsKey(m.Name)) is { Name: { } missing })
        {
            throw new FormatException($"{path} is malformed: its summary has no '{missing}'");
        }

        Append(document, backtest);
    }

    private static void Append(HtmlDocument document, RollingBacktestFile backtest)
    {
        string scenario = backtest.Scenario.Name;
        var origins = backtest.Origins;
        document.AddHeader(
            $"Rolling back-test of {scenario}",
            [
                ("Scenario", scenario),
                ("Data", backtest.Data),
                ("Origins", ReportNumber.Count(origins.Count)),
                ("Every / horizon", string.Create(CultureInfo.InvariantCulture, $"{backtest.Rolling.Every} / {backtest.Rolling.Horizon} days")),
                ("Replications, seed", string.Create(CultureInfo.InvariantCulture, $"{backtest.Replications}, {backtest.Seed}")),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]);

        document.AddSection("Scores");
        foreach (var (model, _) in Models)
        {
            var s = backtest.Summary[model];
            document.AddParagraph(string.Create(
                CultureInfo.InvariantCulture,
                $"{model}: CRPS {ReportNumber.Format(s.Crps)}, 50% coverage {ReportNumber.Percent(s.Coverage50)}, 90% coverage {ReportNumber.Percent(s.Coverage90)}, 90% interval score {ReportNumber.Format(s.IntervalScore90)}."));
        }

        document.AddParagraph("Lower CRPS and interval scores are better; coverage should be near 50% and 90% (a little above for small counts, whose intervals are closed). Each score is a mean over the origins.", isNote: true);
        for (int m = 0; m < Models.Length; m++)
        {
            var (model, forecast) = Models[m];
            document.AddSection($"Forecasts: {model}");
            var rows = origins.Select(o =>
            {
                var f = forecast(o);
                return new ForecastFanRow($"{Date(o.First)}..{Date(o.Last)}", f.P05, f.P25, f.P50, f.P75, f.P95, o.Observed);
            }).ToArray();
            var fan = new ForecastFanChart { Id = document.UniqueId($"fan-{model}"), Title = $"{model}: forecast of each window's militia attacks", Rows = rows, Colour = ChartPalette.ForSeries(m) };
            var pits = origins.Select(o => forecast(o).Pit).ToArray();
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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
