namespace ScenarioSim.IO;

/// <summary>
/// An output path that cannot be written: empty, too long, a file where a directory is wanted (or the
/// reverse), under a file, the current directory, or a directory holding files that are not outputs.
/// Thrown before anything is written, so callers can check destinations before any computation
/// (<see cref="OutputReservation"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutputPathException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>, as given by the user.</summary>
    /// <param name="path">The output path as given.</param>
    /// <param name="problem">What is wrong with it, a sentence without the path.</param>
    /// <param name="inner">The failure that revealed it, if any.</param>
    public OutputPathException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        OutputPath = path;
        Problem = problem;
    }

    /// <summary>The output path as given.</summary>
    public string OutputPath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
