using System.Text;
using ScenarioSim.IO;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class AtomicFileTests
{
    [Test]
    public void Write_Completes_FileHasContentAndNoTemporaryRemains()
    {
        using var directory = new TemporaryDirectory();

        AtomicFile.Write(directory["out.txt"], s => s.Write("hello"u8));

        Assert.That(File.ReadAllText(directory["out.txt"]), Is.EqualTo("hello"));
        Assert.That(directory.FileNames(), Is.EqualTo(new[] { "out.txt" }));
    }

    [Test]
    public void Write_WriterThrowsMidway_LeavesNoFileAndNoTemporary()
    {
        using var directory = new TemporaryDirectory();

        Assert.That(
            () => AtomicFile.Write(directory["out.txt"], s =>
            {
                s.Write(Encoding.UTF8.GetBytes(new string('x', 100_000)));
                throw new IOException("disk full");
            }),
            Throws.TypeOf<IOException>().With.Message.EqualTo("disk full"));

        Assert.That(directory.FileNames(), Is.Empty);
    }

    [Test]
    public void Write_WriterThrowsOverExistingFile_ExistingContentKept()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["out.txt"], "old");

        Assert.That(
            () => AtomicFile.Write(directory["out.txt"], s =>
            {
                s.Write("new, partial"u8);
                throw new InvalidOperationException("interrupted");
            }),
            Throws.InvalidOperationException);

        Assert.That(File.ReadAllText(directory["out.txt"]), Is.EqualTo("old"));
        Assert.That(directory.FileNames(), Is.EqualTo(new[] { "out.txt" }));
    }

    [Test]
    public void Write_ExistingFile_Replaced()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["out.txt"], "old content that is longer");

        AtomicFile.Write(directory["out.txt"], s => s.Write("new"u8));

        Assert.That(File.ReadAllText(directory["out.txt"]), Is.EqualTo("new"));
    }

    [Test]
    public void Write_DirectoryMissing_Created()
    {
        using var directory = new TemporaryDirectory();
        string path = Path.Combine(directory.Path, "a", "b", "out.txt");

        AtomicFile.Write(path, s => s.Write("x"u8));

        Assert.That(File.Exists(path), Is.True);
    }
}
