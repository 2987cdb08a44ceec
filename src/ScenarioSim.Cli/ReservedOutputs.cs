using ScenarioSim.IO;

namespace ScenarioSim.Cli;

/// <summary>
/// The destinations a verb will write, checked and locked before it computes anything
/// (<see cref="OutputReservation"/>): a bad path is reported at once (exit code 2), a destination another
/// process is writing is refused (exit code 1), and the writes at the end commit under these locks.
/// </summary>
/// <remarks>Not thread-safe; the verb that reserves disposes.</remarks>
internal sealed class ReservedOutputs : IDisposable
{
    private readonly List<OutputReservation> _held = [];

    private ReservedOutputs()
    {
    }

    /// <summary>Reserves the output directory <paramref name="directory"/> and the files <paramref name="files"/>; a file inside the directory is part of its set.</summary>
    /// <param name="directory">The <c>--out</c> directory, or <see langword="null"/>.</param>
    /// <param name="files">Output files, <see langword="null"/> entries skipped.</param>
    /// <returns>The reservations; dispose them when the verb ends.</returns>
    /// <exception cref="OutputPathException">A path cannot be written.</exception>
    /// <exception cref="OutputBusyException">Another process writes a destination.</exception>
    public static ReservedOutputs Reserve(string? directory, params string?[] files)
    {
        var outputs = new ReservedOutputs();
        try
        {
            if (directory is not null)
            {
                outputs._held.Add(OutputReservation.ForDirectory(directory));
            }

            foreach (string? file in files)
            {
                if (file is not null && (directory is null || !OutputReservation.IsInside(file, directory)))
                {
                    outputs._held.Add(OutputReservation.ForFile(file));
                }
            }

            return outputs;
        }
        catch
        {
            outputs.Dispose();
            throw;
        }
    }

    /// <summary>Releases every reservation.</summary>
    public void Dispose()
    {
        foreach (var reservation in _held)
        {
            reservation.Dispose();
        }

        _held.Clear();
    }
}
