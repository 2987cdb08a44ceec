using ScenarioSim.IO;

namespace ScenarioSim.Tests.Output;

/// <summary>
/// The real output file system with one operation made to fail: operation number <see cref="FailAt"/>
/// (0-based, counting every creation, write, rename, deletion and lock) throws an <see cref="IOException"/>.
/// With <see cref="Kill"/>, every operation from that one on fails too and locks are let go without deleting
/// their files: what a process killed at that moment leaves. With <see cref="FailAt"/> negative it only counts.
/// Without <c>exchange</c> it has no atomic exchange of directories, as on systems other than Linux.
/// </summary>
internal sealed class FaultyOutputFileSystem(int failAt, bool kill, bool exchange = true) : IOutputFileSystem
{
    private static readonly IOutputFileSystem Real = SystemOutputFileSystem.Instance;
    private int _operations;

    public int FailAt => failAt;

    public bool Kill => kill;

    /// <summary>Operations attempted so far.</summary>
    public int Operations => _operations;

    /// <summary>The operations attempted, in order, for messages.</summary>
    public List<string> Log { get; } = [];

    public void CreateDirectory(string path) => Step($"create directory {Path.GetFileName(path)}", () => Real.CreateDirectory(path));

    public Stream CreateFile(string path)
    {
        Stream? stream = null;
        Step($"create {Path.GetFileName(path)}", () => stream = Real.CreateFile(path));
        return new FailingStream(stream!, this, Path.GetFileName(path));
    }

    public void MoveFile(string source, string destination) =>
        Step($"rename {Path.GetFileName(source)} to {Path.GetFileName(destination)}", () => Real.MoveFile(source, destination));

    public void MoveDirectory(string source, string destination) =>
        Step($"rename {Path.GetFileName(source)} to {Path.GetFileName(destination)}", () => Real.MoveDirectory(source, destination));

    public bool TryExchangeDirectories(string first, string second)
    {
        bool exchanged = false;
        Step($"exchange {Path.GetFileName(first)} and {Path.GetFileName(second)}", () => exchanged = exchange && Real.TryExchangeDirectories(first, second));
        return exchanged;
    }

    public void DeleteFile(string path) => Step($"delete {Path.GetFileName(path)}", () => Real.DeleteFile(path));

    public void DeleteDirectory(string path) => Step($"delete directory {Path.GetFileName(path)}", () => Real.DeleteDirectory(path));

    public DestinationLock? TryLock(string path, string owner)
    {
        DestinationLock? held = null;
        Step($"lock {Path.GetFileName(path)}", () => held = Real.TryLock(path, owner));
        return held;
    }

    public void ReleaseLock(DestinationLock held)
    {
        try
        {
            Step($"unlock {Path.GetFileName(held.Path)}", () => Real.ReleaseLock(held));
        }
        finally
        {
            // A dead process holds no lock; its lock file stays behind.
            held.Abandon();
        }
    }

    private void Step(string operation, Action act)
    {
        int index = Interlocked.Increment(ref _operations) - 1;
        lock (Log)
        {
            Log.Add(operation);
        }

        if (failAt >= 0 && (index == failAt || (kill && index > failAt)))
        {
            throw new IOException($"injected failure of operation {index}: {operation}");
        }

        act();
    }

    /// <summary>Counts the first write to the stream as one operation.</summary>
    private sealed class FailingStream(Stream inner, FaultyOutputFileSystem owner, string name) : Stream
    {
        private bool _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!_written)
            {
                _written = true;
                owner.Step($"write {name}", () => { });
            }

            inner.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
