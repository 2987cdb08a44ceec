namespace ScenarioSim.Tests.Golden;

/// <summary>
/// One golden case: <c>scenariosim</c> commands run in order in a fresh directory, whose every output
/// file (and the console of every command) is compared with <c>expected/{Name}/</c>.
/// </summary>
/// <param name="Name">The case's folder under <c>expected/</c>.</param>
/// <param name="Commands">
/// Each command's arguments; <see cref="GoldenPaths.Shipped"/> and <see cref="GoldenPaths.Out"/> stand for
/// the shipped scenarios' folder and the case's directory.
/// </param>
public sealed record GoldenCase(string Name, IReadOnlyList<string[]> Commands)
{
    /// <summary>The case's name, as NUnit shows it.</summary>
    public override string ToString() => Name;
}
