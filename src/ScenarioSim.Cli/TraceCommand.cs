using System.CommandLine;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Output;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim trace SCENARIO.yaml --replication K [--seed S] [--set path=value]... [--set-file FILE] [--out FILE]</c>:
/// writes the day-by-day state of one replication as CSV to standard output or to a file.
/// </summary>
internal sealed class TraceCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<int> _replication = CliSymbols.Replication();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "File to write the CSV to (written atomically); default: standard output.",
        HelpName = "FILE",
    };

    public TraceCommand(CliEnvironment environment)
        : base("trace", "Write one replication's day-by-day state as CSV, exactly as it runs inside a full run with the same seed.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_replication);
        Add(_seed);
        Add(_set);
        Add(_setFile);
        Add(_out);
        SetAction((parseResult, cancellationToken) => Task.Run(() => Invoke(parseResult, cancellationToken), CancellationToken.None));
    }

    private int Invoke(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            using var outputs = ReservedOutputs.Reserve(null, parseResult.GetValue(_out));
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var trace = new ScenarioRunner().Trace(scenario, parseResult.GetValue(_replication), parseResult.GetValue(_seed));
            cancellationToken.ThrowIfCancellationRequested();
            if (parseResult.GetValue(_out) is { } file)
            {
                AtomicFile.Write(file, stream => TraceCsv.Write(stream, trace));
            }
            else
            {
                TraceCsv.Write(_environment.Out, trace);
                _environment.Out.Flush();
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
