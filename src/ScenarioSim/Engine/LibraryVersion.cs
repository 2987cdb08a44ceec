using System.Reflection;

namespace ScenarioSim.Engine;

/// <summary>The library's version as written into results (the informational version without build metadata).</summary>
internal static class LibraryVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        string? informational = typeof(LibraryVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(LibraryVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
