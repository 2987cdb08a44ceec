using System.CommandLine;

namespace ScenarioSim.Cli;

/// <summary>The <c>--set-file</c> option the scenario verbs share.</summary>
internal static class OverrideSymbols
{
    /// <summary><c>--set-file FILE</c>: a YAML file of <c>path: value</c> overrides, applied before any <c>--set</c>.</summary>
    public static Option<string?> SetFile() =>
        new("--set-file")
        {
            Description = "Apply a YAML file of 'path: value' overrides (as calibrate writes to fitted.yaml), before any --set.",
            HelpName = "FILE",
        };
}
