using System.Text.Json;
using ScenarioSim.Output;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class RunOutputTests
{
    private const string Sha = "ab";

    [Test]
    public void Write_CreatesDirectoryWithTheThreeSpecFiles()
    {
        using var directory = new TemporaryDirectory();
        string output = Path.Combine(directory.Path, "run1");

        RunOutput.Write(output, SampleResults.Full(), Sha);

        Assert.That(
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { ".scenariosim-output", "metrics.csv", "series.csv", "summary.json" }));
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "summary.json")));
        Assert.That(summary.RootElement.GetProperty("scenario").GetProperty("sha256").GetString(), Is.EqualTo(Sha));
        Assert.That(File.ReadAllText(Path.Combine(output, "metrics.csv")), Does.StartWith("metric,n,n_missing,"));
        Assert.That(File.ReadAllText(Path.Combine(output, "series.csv")), Does.StartWith("series,region,month,"));
    }

    [Test]
    public void Write_SameResultTwice_IdenticalBytes()
    {
        using var directory = new TemporaryDirectory();
        string first = Path.Combine(directory.Path, "first");
        string second = Path.Combine(directory.Path, "second");

        RunOutput.Write(first, SampleResults.Full(), Sha);
        RunOutput.Write(second, SampleResults.Full(), Sha);

        foreach (string name in new[] { RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, name))), name);
        }
    }

    [Test]
    public void Write_SeriesFailsHalfway_NoneOfTheFilesAndNoTemporaries()
    {
        using var directory = new TemporaryDirectory();
        var full = SampleResults.Full();
        // summary.json also enumerates the series, so it is the first file to fail; metrics.csv never starts.
        var failing = full with { Series = new ThrowingList<ScenarioSim.Results.SeriesPoint>(full.Series, failAfter: 2) };

        Assert.That(() => RunOutput.Write(directory.Path, failing, Sha), Throws.TypeOf<IOException>());

        Assert.That(directory.FileNames(), Is.Empty);
    }

    [Test]
    public void Write_LastFileFails_EarlierStagedFilesRemovedToo()
    {
        using var directory = new TemporaryDirectory();
        var full = SampleResults.Full();
        // summary.json reads the metrics first and is staged complete; metrics.csv's read then fails,
        // so the staged summary.json must go too.
        var failing = full with { Metrics = new FailingOnSecondPass<ScenarioSim.Results.MetricSummary>(full.Metrics) };

        Assert.That(() => RunOutput.Write(directory.Path, failing, Sha), Throws.TypeOf<IOException>());

        Assert.That(directory.FileNames(), Is.Empty);
    }

    [Test]
    public void Write_OverPreviousRun_FailureKeepsPreviousFiles()
    {
        using var directory = new TemporaryDirectory();
        RunOutput.Write(directory.Path, SampleResults.Minimal(), Sha);
        byte[] before = File.ReadAllBytes(directory[RunOutput.SummaryFileName]);
        var full = SampleResults.Full();
        var failing = full with { Series = new ThrowingList<ScenarioSim.Results.SeriesPoint>(full.Series, failAfter: 2) };

        Assert.That(() => RunOutput.Write(directory.Path, failing, Sha), Throws.TypeOf<IOException>());

        Assert.That(directory.FileNames(), Is.EqualTo(new[] { ".scenariosim-output", "metrics.csv", "series.csv", "summary.json" }));
        Assert.That(File.ReadAllBytes(directory[RunOutput.SummaryFileName]), Is.EqualTo(before));
    }
}
