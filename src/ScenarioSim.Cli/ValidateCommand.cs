using System.CommandLine;
using System.Globalization;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim validate SCENARIO.yaml [--set path=value]... [--set-file FILE]</c>: reports every problem as
/// <c>file:line:col: error: message</c> (exit 2), or prints a one-line summary (exit 0).
/// </summary>
internal sealed class ValidateCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();

    public ValidateCommand(CliEnvironment environment)
        : base("validate", "Check a scenario file and report every problem as file:line:col: error: message.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_set);
        Add(_setFile);
        SetAction(Invoke);
    }

    private int Invoke(ParseResult parseResult)
    {
        try
        {
            string path = parseResult.GetRequiredValue(_scenario);
            var scenario = ScenarioInput.Load(_environment, path, parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var regions = string.Join(", ", scenario.Regions.Select(r => r.Id));
            _environment.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: ok: '{scenario.Name}', {scenario.Days} days ({scenario.Start:yyyy-MM-dd} to {scenario.End:yyyy-MM-dd}), {scenario.Regions.Count} regions ({regions})"));
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, CancellationToken.None);
        }
    }
}
