using ScenarioSim.Cli;
using ScenarioSim.Engine;

namespace ScenarioSim.Tests.Cli;

[TestFixture]
public sealed class RunProgressBarTests
{
    [Test]
    public async Task RunAsync_ErrorNotTerminal_ResultAndNothingOnStderr()
    {
        using var stderr = new StringWriter();
        IProgress<RunProgress>? given = new Progress<RunProgress>();

        int result = await RunProgressBar.RunAsync(
            new CliEnvironment(TextWriter.Null, stderr),
            progress =>
            {
                given = progress;
                return 42;
            },
            CancellationToken.None);

        Assert.That(result, Is.EqualTo(42));
        Assert.That(given, Is.Null, "no progress is collected when nobody sees it");
        Assert.That(stderr.ToString(), Is.Empty);
    }

    [Test]
    public async Task RunAsync_ErrorIsTerminal_DrawsOnStderrAndReturnsResult()
    {
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Null, stderr) { ErrorIsTerminal = true };

        int result = await RunProgressBar.RunAsync(
            environment,
            progress =>
            {
                for (int i = 1; i <= 5; i++)
                {
                    progress!.Report(new RunProgress(i, 5));
                    Thread.Sleep(30);
                }

                return 7;
            },
            CancellationToken.None);

        Assert.That(result, Is.EqualTo(7));
        Assert.That(stderr.ToString(), Is.Not.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void RunAsync_WorkStopsOnCancellation_OperationCanceledPromptly(bool errorIsTerminal)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var environment = new CliEnvironment(TextWriter.Null, new StringWriter()) { ErrorIsTerminal = errorIsTerminal };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.That(
            async () => await RunProgressBar.RunAsync<int>(
                environment,
                _ =>
                {
                    while (true)
                    {
                        cancellation.Token.ThrowIfCancellationRequested();
                        Thread.Sleep(5);
                    }
                },
                cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }
}
