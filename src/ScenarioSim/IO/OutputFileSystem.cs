namespace ScenarioSim.IO;

/// <summary>
/// The file system outputs are written through: the real one, or for the current asynchronous flow one
/// given by <see cref="Use"/> (tests inject failures this way without touching other tests running at the
/// same time).
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class OutputFileSystem
{
    private static readonly AsyncLocal<IOutputFileSystem?> Override = new();

    /// <summary>The file system of the current flow.</summary>
    public static IOutputFileSystem Current => Override.Value ?? SystemOutputFileSystem.Instance;

    /// <summary>Makes <paramref name="fileSystem"/> current for this flow until the result is disposed.</summary>
    public static IDisposable Use(IOutputFileSystem fileSystem)
    {
        var previous = Override.Value;
        Override.Value = fileSystem;
        return new Restore(previous);
    }

    private sealed class Restore(IOutputFileSystem? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
