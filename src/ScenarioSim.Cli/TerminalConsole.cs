using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>Creates Spectre.Console consoles over the runner's writers rather than the process console.</summary>
internal static class TerminalConsole
{
    /// <summary>Width used when the writer is not a terminal, so tables do not wrap in files and tests.</summary>
    private const int RedirectedWidth = 160;

    /// <summary>A console writing to <paramref name="writer"/>: ANSI and interaction only on a terminal.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
