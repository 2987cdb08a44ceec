using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ScenarioSim.IO;

/// <summary>
/// An output destination checked and locked before the work whose results it will hold: a directory that
/// receives a whole set of files (<see cref="ForDirectory"/>) or one file (<see cref="ForFile"/>).
/// Reserving checks the path (not empty, not too long, not a file where a directory is wanted, not under a
/// file, not the current directory, not a directory of someone else's files), takes the destination's
/// lock (<c>.NAME.scenariosim.lock</c> beside it, so a second writer is refused with
/// <see cref="OutputBusyException"/>), finishes or undoes what a killed writer left, and deletes its strays.
/// While the reservation is held, in the asynchronous flow that made it, the writers of this library (<c>RunOutput</c>, <see cref="AtomicFile"/>
/// and the analysis and calibration outputs) commit to the destination under it; without one they reserve
/// the destination for the time of the write.
/// </summary>
/// <remarks>
/// A directory set is written into a new sibling directory and exchanged with the old one in one atomic
/// step (Linux: <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames, and a reservation after a kill
/// between them puts the old set back), so the destination holds the complete old set or the complete
/// new one, never a mix, and nothing of the old set that the new one does not have. Not thread-safe: one
/// owner commits and disposes it.
/// </remarks>
internal sealed class OutputReservation : IDisposable
{
    private static readonly Dictionary<string, OutputReservation> Held = new(StringComparer.Ordinal);

    // The reservations made in this asynchronous flow: writes commit under them. Concurrent writers in
    // other flows do not see them, and take their own (and are refused while one is held).
    private static readonly AsyncLocal<ImmutableDictionary<string, OutputReservation>?> Ambient = new();

    private readonly IOutputFileSystem _fileSystem;
    private readonly string _parent;
    private readonly string _name;
    private readonly List<string> _createdDirectories;
    private DestinationLock? _lock;

    private OutputReservation(
        IOutputFileSystem fileSystem, string given, string path, bool isDirectory, List<string> createdDirectories, DestinationLock held)
    {
        _fileSystem = fileSystem;
        GivenPath = given;
        Path = path;
        IsDirectory = isDirectory;
        _parent = System.IO.Path.GetDirectoryName(path)!;
        _name = System.IO.Path.GetFileName(path);
        _createdDirectories = createdDirectories;
        _lock = held;
    }

    /// <summary>The destination as given.</summary>
    public string GivenPath { get; }

    /// <summary>The destination's full path.</summary>
    public string Path { get; }

    /// <summary>True for a directory set, false for a single file.</summary>
    public bool IsDirectory { get; }

    /// <summary>Checks and locks the output directory <paramref name="path"/>, which a later write replaces as a whole set.</summary>
    /// <param name="path">The directory; created with its parents when the set is written.</param>
    /// <returns>The reservation; dispose it when done (it deletes the directories it created for nothing).</returns>
    /// <exception cref="OutputPathException">The path cannot hold an output set.</exception>
    /// <exception cref="OutputBusyException">Another writer holds the destination.</exception>
    public static OutputReservation ForDirectory(string path) => Reserve(path, isDirectory: true);

    /// <summary>Checks and locks the output file <paramref name="path"/>.</summary>
    /// <param name="path">The file; its directory is created if missing.</param>
    /// <returns>The reservation; dispose it when done.</returns>
    /// <exception cref="OutputPathException">The path cannot be written as a file.</exception>
    /// <exception cref="OutputBusyException">Another writer holds the destination.</exception>
    public static OutputReservation ForFile(string path) => Reserve(path, isDirectory: false);

    /// <summary>True when <paramref name="file"/> lies inside the directory <paramref name="directory"/> (at any depth).</summary>
    /// <param name="file">A file path.</param>
    /// <param name="directory">A directory path.</param>
    /// <returns>Whether the file would be part of the directory's set.</returns>
    public static bool IsInside(string file, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string relative = System.IO.Path.GetRelativePath(TrimmedFullPath(directory), TrimmedFullPath(file));
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative);
    }

    /// <summary>Releases the lock and deletes the directories the reservation created if they are still empty.</summary>
    public void Dispose()
    {
        if (_lock is null)
        {
            return;
        }

        lock (Held)
        {
            Held.Remove(Path);
        }

        if (Ambient.Value?.GetValueOrDefault(Path) == this)
        {
            Ambient.Value = Ambient.Value.Remove(Path);
        }

        try
        {
            _fileSystem.ReleaseLock(_lock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A lock file left behind is stale: the next writer takes it over.
        }

        _lock = null;
        for (int i = _createdDirectories.Count - 1; i >= 0; i--)
        {
            string directory = _createdDirectories[i];
            try
            {
                if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    _fileSystem.DeleteDirectory(directory);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="commit"/> under the reservation of <paramref name="path"/>: the one this flow
    /// holds, or a new one for the time of the call.
    /// </summary>
    internal static void Under(string path, bool isDirectory, Action<OutputReservation> commit)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Resolve(path, isDirectory);
        if (Ambient.Value?.GetValueOrDefault(full) is { _lock: not null } held && held.IsDirectory == isDirectory)
        {
            commit(held);
            return;
        }

        using var reservation = Reserve(path, isDirectory);
        commit(reservation);
    }

    /// <summary>
    /// Writes the set: every file into a new sibling directory, then exchanges it with the destination.
    /// On failure the destination keeps its old set and the new directory is deleted.
    /// </summary>
    internal void CommitSet(IReadOnlyList<(string RelativePath, Action<Stream> Write)> files)
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        string staging = System.IO.Path.Combine(_parent, OutputNames.New(_name));
        bool stagingHoldsNew = true;
        try
        {
            _fileSystem.CreateDirectory(staging);
            CopyMode(Path, staging);
            var manifest = new StringBuilder("# scenariosim output set: these files were written together and are replaced together\n");
            foreach (var (relative, write) in files)
            {
                string target = System.IO.Path.GetFullPath(System.IO.Path.Combine(staging, relative));
                if (!IsInside(target, staging))
                {
                    throw new ArgumentException($"'{relative}' is not a path inside the output directory.", nameof(files));
                }

                CreateChain(System.IO.Path.GetDirectoryName(target)!, staging);

                WriteFile(target, write);
                manifest.Append(relative.Replace('\\', '/')).Append('\n');
            }

            WriteFile(System.IO.Path.Combine(staging, OutputNames.Manifest), s => s.Write(Encoding.UTF8.GetBytes(manifest.ToString())));

            if (!Directory.Exists(Path))
            {
                _fileSystem.MoveDirectory(staging, Path);
                stagingHoldsNew = false;
                return;
            }

            if (_fileSystem.TryExchangeDirectories(staging, Path))
            {
                stagingHoldsNew = false;
                TryDelete(staging);
                return;
            }

            string old = System.IO.Path.Combine(_parent, OutputNames.Old(_name));
            _fileSystem.MoveDirectory(Path, old);
            try
            {
                _fileSystem.MoveDirectory(staging, Path);
            }
            catch
            {
                // Put the old set back; if even that fails, the next reservation does it.
                try
                {
                    _fileSystem.MoveDirectory(old, Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }

                throw;
            }

            stagingHoldsNew = false;
            TryDelete(old);
        }
        catch
        {
            if (stagingHoldsNew)
            {
                TryDelete(staging);
            }

            throw;
        }
    }

    /// <summary>Writes the file: into a new sibling file, then renamed over the destination.</summary>
    internal void CommitFile(Action<Stream> write)
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        string temporary = System.IO.Path.Combine(_parent, OutputNames.New(_name));
        try
        {
            WriteFile(temporary, write);
            _fileSystem.MoveFile(temporary, Path);
        }
        catch
        {
            try
            {
                _fileSystem.DeleteFile(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next writer of this destination deletes it.
            }

            throw;
        }
    }

    private static OutputReservation Reserve(string path, bool isDirectory)
    {
        string full = Resolve(path, isDirectory);
        var fileSystem = OutputFileSystem.Current;
        var created = new List<string>();
        DestinationLock? held = null;
        try
        {
            string parent = System.IO.Path.GetDirectoryName(full)!;
            CreateParents(path, parent, fileSystem, created);
            string name = System.IO.Path.GetFileName(full);
            string lockFile = System.IO.Path.Combine(parent, OutputNames.Lock(name));
            lock (Held)
            {
                // The lock file excludes other processes; this, other writers in this one.
                if (Held.ContainsKey(full))
                {
                    throw new OutputBusyException(path, lockFile);
                }
            }

            try
            {
                held = fileSystem.TryLock(lockFile, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputPathException(path, $"cannot be written here: {e.Message}", e);
            }

            if (held is null)
            {
                throw new OutputBusyException(path, lockFile);
            }

            var reservation = new OutputReservation(fileSystem, path, full, isDirectory, created, held);
            reservation.Recover();
            if (isDirectory)
            {
                reservation.CheckOwnership();
            }

            lock (Held)
            {
                Held[full] = reservation;
            }

            Ambient.Value = (Ambient.Value ?? ImmutableDictionary.Create<string, OutputReservation>(StringComparer.Ordinal)).SetItem(full, reservation);
            return reservation;
        }
        catch
        {
            try
            {
                if (held is not null)
                {
                    fileSystem.ReleaseLock(held);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Stale now: the next writer takes it over. The first failure is the one to report.
            }

            for (int i = created.Count - 1; i >= 0; i--)
            {
                try
                {
                    fileSystem.DeleteDirectory(created[i]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }

            throw;
        }
    }

    /// <summary>The destination's full path, after checking everything that can be checked without writing.</summary>
    private static string Resolve(string path, bool isDirectory)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputPathException($"'{path}'", "the output path is empty");
        }

        string full;
        try
        {
            full = TrimmedFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputPathException(path, $"not a valid path ({e.Message})", e);
        }

        string? parent = System.IO.Path.GetDirectoryName(full);
        if (parent is null)
        {
            throw new OutputPathException(path, "is the root directory; name a directory or file below it");
        }

        string name = System.IO.Path.GetFileName(full);
        if (OutputNames.Utf8Length(name) > OutputNames.MaxNameBytes)
        {
            throw new OutputPathException(path, string.Create(CultureInfo.InvariantCulture,
                $"the name '{Shorten(name)}' is {OutputNames.Utf8Length(name)} bytes long; an output name may have at most {OutputNames.MaxNameBytes}"));
        }

        if (OutputNames.Utf8Length(full) > OutputNames.MaxPathBytes)
        {
            throw new OutputPathException(path, string.Create(CultureInfo.InvariantCulture,
                $"the full path is {OutputNames.Utf8Length(full)} bytes long; an output path may have at most {OutputNames.MaxPathBytes}"));
        }

        if (isDirectory && File.Exists(full))
        {
            throw new OutputPathException(path, "is a file; --out names a directory for this command");
        }

        if (!isDirectory && Directory.Exists(full))
        {
            throw new OutputPathException(path, "is a directory; name the file to write");
        }

        for (string? ancestor = parent; ancestor is not null; ancestor = System.IO.Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                throw new OutputPathException(path, $"'{ancestor}' is a file, so nothing can be written under it");
            }

            if (Directory.Exists(ancestor))
            {
                break;
            }
        }

        if (isDirectory && Directory.Exists(full))
        {
            if (new DirectoryInfo(full).LinkTarget is not null)
            {
                // Replace what the link points to, and keep the link.
                full = TrimmedFullPath(Directory.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName);
                parent = System.IO.Path.GetDirectoryName(full) ?? throw new OutputPathException(path, "links to the root directory");
            }

            string current = TrimmedFullPath(Environment.CurrentDirectory);
            if (full == current || IsInside(current, full))
            {
                throw new OutputPathException(path,
                    "is the current directory or contains it; an output set replaces its directory whole, so name a directory below it");
            }
        }

        return full;
    }

    private static string TrimmedFullPath(string path) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));

    private static string Shorten(string name) => name.Length <= 40 ? name : $"{name[..20]}…{name[^10..]}";

    /// <summary>Creates the missing ancestors of the destination, top-down, remembering them.</summary>
    private static void CreateParents(string given, string parent, IOutputFileSystem fileSystem, List<string> created)
    {
        var missing = new Stack<string>();
        for (string? directory = parent; directory is not null && !Directory.Exists(directory); directory = System.IO.Path.GetDirectoryName(directory))
        {
            missing.Push(directory);
        }

        foreach (string directory in missing)
        {
            try
            {
                fileSystem.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputPathException(given, $"cannot create the directory '{directory}': {e.Message}", e);
            }

            created.Add(directory);
        }
    }

    /// <summary>Undoes a replacement a killed writer left half done, then deletes what writers left beside the destination.</summary>
    private void Recover()
    {
        var strays = Directory.EnumerateFileSystemEntries(_parent)
            .Select(e => System.IO.Path.GetFileName(e))
            .Where(e => OutputNames.IsStray(e, _name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (IsDirectory && !Directory.Exists(Path) && !File.Exists(Path)
            && strays.FirstOrDefault(e => OutputNames.IsOld(e, _name) && Directory.Exists(System.IO.Path.Combine(_parent, e))) is { } old)
        {
            // Killed between moving the old set away and the new one in: the old set is complete.
            _fileSystem.MoveDirectory(System.IO.Path.Combine(_parent, old), Path);
            strays.Remove(old);
        }

        foreach (string stray in strays)
        {
            string full = System.IO.Path.Combine(_parent, stray);
            if (Directory.Exists(full))
            {
                _fileSystem.DeleteDirectory(full);
            }
            else
            {
                _fileSystem.DeleteFile(full);
            }
        }
    }

    /// <summary>Refuses an existing directory holding anything but an output set, which replacing it would delete.</summary>
    private void CheckOwnership()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        string manifest = System.IO.Path.Combine(Path, OutputNames.Manifest);
        if (File.Exists(manifest))
        {
            foreach (string line in File.ReadLines(manifest))
            {
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    listed.Add(line.Split('/')[0]);
                }
            }
        }

        var foreign = Directory.EnumerateFileSystemEntries(Path)
            .Select(e => System.IO.Path.GetFileName(e))
            .Where(e => e != OutputNames.Manifest && !listed.Contains(e) && !OutputNames.KnownOutputs.Contains(e) && !OutputNames.IsLegacyTemporary(e))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count > 0)
        {
            const int Shown = 3;
            string names = foreign.Count <= Shown
                ? string.Join(", ", foreign)
                : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", foreign.Take(Shown))} and {foreign.Count - Shown} more");
            throw new OutputPathException(GivenPath,
                $"the directory holds files that are not outputs of scenariosim ({names}); the new outputs replace the directory whole, " +
                "so name a new or empty directory, or one that only scenariosim wrote");
        }
    }

    private void CreateChain(string directory, string root)
    {
        var missing = new Stack<string>();
        for (string? d = directory; d is not null && d != root && !Directory.Exists(d); d = System.IO.Path.GetDirectoryName(d))
        {
            missing.Push(d);
        }

        foreach (string d in missing)
        {
            _fileSystem.CreateDirectory(d);
        }
    }

    private void WriteFile(string path, Action<Stream> write)
    {
        using var stream = _fileSystem.CreateFile(path);
        write(stream);
        if (stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            stream.Flush();
        }
    }

    private void TryDelete(string directory)
    {
        try
        {
            _fileSystem.DeleteDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray: the next reservation of this destination deletes it.
        }
    }

    private static void CopyMode(string from, string to)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(from))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
