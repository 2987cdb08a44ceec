using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Reporting;

/// <summary>What the back-test report says of a backtest.json it cannot draw.</summary>
[TestFixture]
public sealed class BacktestReportTests
{
    private string _file = "";

    [SetUp]
    public void CreateFile() => _file = Path.GetTempFileName();

    [TearDown]
    public void DeleteFile() => File.Delete(_file);

    [Test]
    public void AppendTo_InSampleBacktestJson_SaysToRunARollingBacktest()
    {
        File.WriteAllText(_file, """{ "scenario": { "name": "s", "sha256": "00" }, "summary": {}, "rows": [] }""");

        var error = Assert.Throws<FormatException>(() => BacktestReport.AppendTo(new HtmlDocument("t", new DateOnly(2026, 1, 1)), _file));

        Assert.That(error!.Message, Is.EqualTo($"{_file} is not a rolling back-test (no 'rolling', 'summary' and 'origins'); run 'backtest --rolling ... --out DIR' to make one"));
    }

    [Test]
    public void AppendTo_OriginWithoutForecasts_IsNotInTheShapeWritten()
    {
        File.WriteAllText(_file, """
            {
              "scenario": { "name": "s", "sha256": "00" }, "data": "d.csv", "version": "0", "replications": 2, "seed": 1,
              "rolling": { "every": 1, "horizon": 1, "min_train": 1, "refit": [] },
              "summary": {},
              "origins": [ { "origin": "2024-01-01", "first": "2024-01-02", "last": "2024-01-02", "days": 1, "observed": 0, "training_rows": 1, "log_likelihood": 0, "state_probabilities": {} } ]
            }
            """);

        var error = Assert.Throws<FormatException>(() => BacktestReport.AppendTo(new HtmlDocument("t", new DateOnly(2026, 1, 1)), _file));

        Assert.That(error!.Message, Does.StartWith("backtest.json is not valid JSON or not in the shape ScenarioSim writes:").And.Contain("conditioned"));
    }
}
