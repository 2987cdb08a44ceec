using ScenarioSim.Cli;
using ScenarioSim.Diagnostics;

namespace ScenarioSim.Tests.Cli;

[TestFixture]
public sealed class CommandFailureTests
{
    [Test]
    public void Report_UnexpectedException_OneLineErrorWithoutStackTraceExitOne()
    {
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Null, stderr);

        int exitCode = CommandFailure.Report(environment, Thrown(new InvalidOperationException("boom\non two lines")), CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr.ToString(), Is.EqualTo("error: boom on two lines (set SCENARIOSIM_DEBUG=1 for details)" + Environment.NewLine));
    }

    [Test]
    public void Report_UnexpectedExceptionInDebug_PrintsStackTrace()
    {
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Null, stderr) { ShowsStackTraces = true };

        CommandFailure.Report(environment, Thrown(new InvalidOperationException("boom")), CancellationToken.None);

        Assert.That(stderr.ToString(), Does.StartWith("error: System.InvalidOperationException: boom").And.Contain(" at "));
    }

    [Test]
    public void Report_CancelledByToken_CancelledExitCode()
    {
        using var stderr = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        int exitCode = CommandFailure.Report(new CliEnvironment(TextWriter.Null, stderr), new OperationCanceledException(), cancellation.Token);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(stderr.ToString(), Is.EqualTo("cancelled" + Environment.NewLine));
    }

    [Test]
    public void Report_ValidationException_LocatedDiagnosticsExitTwo()
    {
        using var stderr = new StringWriter();
        var diagnostics = new[]
        {
            new Diagnostic("regions[0].militia.base_rate", "regions[0].militia.base_rate must be >= 0, but was -1.5.")
            {
                Location = new SourceLocation("x.yaml", 14, 9),
            },
            new Diagnostic("run.replications", "--replications must be >= 1, but was 0."),
        };

        int exitCode = CommandFailure.Report(new CliEnvironment(TextWriter.Null, stderr), new InvalidInputException(diagnostics), CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "x.yaml:14:9: error: regions[0].militia.base_rate must be >= 0, but was -1.5.",
            "error: --replications must be >= 1, but was 0.",
        }));
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
