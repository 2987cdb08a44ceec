using System.Text;
using ScenarioSim.IO;
using ScenarioSim.Output;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class OutputReservationTests
{
    private static readonly (string FileName, Action<Stream> Write)[] NoExtra = [];

    [Test]
    public void WriteSet_OverOlderSet_FilesTheNewSetDoesNotHaveAreGone()
    {
        using var directory = new TemporaryDirectory();
        string output = directory["run"];
        RunOutput.Write(output, new SummaryDocument("sha", SampleResults.Full()), [("uncertainty.csv", s => s.Write("old attribution"u8))]);

        RunOutput.Write(output, new SummaryDocument("sha", SampleResults.Minimal()), NoExtra);

        Assert.That(
            Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { OutputNames.Manifest, "metrics.csv", "series.csv", "summary.json" }));
        Assert.That(File.ReadAllText(Path.Combine(output, OutputNames.Manifest)), Does.EndWith("summary.json\nmetrics.csv\nseries.csv\n"));
    }

    [Test]
    public void WriteSet_StrayFilesOfKilledWriters_Deleted()
    {
        using var directory = new TemporaryDirectory();
        string output = directory["run"];
        RunOutput.Write(output, new SummaryDocument("sha", SampleResults.Minimal()), NoExtra);
        File.WriteAllText(Path.Combine(output, ".summary.json.abcdefgh.ijk.tmp"), "half");          // earlier versions' temporary
        File.WriteAllText(directory[".run.abcdefgh.ijk.tmp"], "half");
        Directory.CreateDirectory(directory[".run.scenariosim-new.abcdefghijk"]);                     // a set being written when killed
        File.WriteAllText(directory[".run.scenariosim.lock"], "999999\n");                           // its lock, held by no one

        RunOutput.Write(output, new SummaryDocument("sha", SampleResults.Full()), NoExtra);

        Assert.That(Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "run" }));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { OutputNames.Manifest, "metrics.csv", "series.csv", "summary.json" }));
    }

    [Test]
    public void Reserve_KilledBetweenTheTwoRenames_OldSetPutBack()
    {
        using var directory = new TemporaryDirectory();
        string output = directory["run"];
        RunOutput.Write(output, new SummaryDocument("sha", SampleResults.Minimal()), NoExtra);
        byte[] summary = File.ReadAllBytes(Path.Combine(output, "summary.json"));
        Directory.Move(output, directory[".run.scenariosim-old.abcdefghijk"]);
        Directory.CreateDirectory(directory[".run.scenariosim-new.bcdefghijkl"]);

        using (OutputReservation.ForDirectory(output))
        {
            Assert.That(File.ReadAllBytes(Path.Combine(output, "summary.json")), Is.EqualTo(summary));
        }

        Assert.That(Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "run" }));
    }

    [Test]
    public void Reserve_SecondWriterOfTheSameDestination_RefusedUntilTheFirstEnds()
    {
        using var directory = new TemporaryDirectory();
        string output = directory["run"];

        using (OutputReservation.ForDirectory(output))
        {
            var busy = Assert.Throws<OutputBusyException>(() => OutputReservation.ForDirectory(output));
            Assert.That(busy!.Message, Is.EqualTo(
                $"{output}: another scenariosim process is writing this output (its lock file {directory[".run.scenariosim.lock"]} holds its process id); wait for it to finish, or choose another destination"));
        }

        using (OutputReservation.ForDirectory(output))
        {
        }

        Assert.That(Directory.GetFileSystemEntries(directory.Path), Is.Empty, "no lock file and no directory made for nothing");
    }

    [Test]
    public async Task WriteSet_ManyConcurrentWriters_EachSucceedsOrIsRefusedAndTheSetIsOneOfThem()
    {
        using var directory = new TemporaryDirectory();
        string output = directory["run"];
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            try
            {
                AtomicFile.WriteSet(output, [("a.txt", s => s.Write(Encoding.UTF8.GetBytes($"writer {i}"))), ("b.txt", s => s.Write(Encoding.UTF8.GetBytes($"writer {i}")))]);
                return true;
            }
            catch (OutputBusyException)
            {
                return false;
            }
        })).ToArray();

        bool[] succeeded = await Task.WhenAll(writers);

        Assert.That(succeeded, Does.Contain(true));
        Assert.That(File.ReadAllText(Path.Combine(output, "a.txt")), Is.EqualTo(File.ReadAllText(Path.Combine(output, "b.txt"))));
        Assert.That(Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "run" }));
    }

    [Test]
    public void Reserve_DirectoryOfOtherFiles_RefusedAndUntouched()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["notes.txt"], "mine");
        File.WriteAllText(directory["summary.json"], "{}");

        var error = Assert.Throws<OutputPathException>(() => OutputReservation.ForDirectory(directory.Path));

        Assert.That(error!.Problem, Is.EqualTo(
            "the directory holds files that are not outputs of scenariosim (notes.txt); the new outputs replace the directory whole, so name a new or empty directory, or one that only scenariosim wrote"));
        Assert.That(directory.FileNames(), Is.EqualTo(new[] { "notes.txt", "summary.json" }));
    }

    private static readonly object[] BadPaths =
    [
        new object[] { "empty", (Func<string, string>)(_ => ""), true, "the output path is empty" },
        new object[] { "a file", (Func<string, string>)(d => Path.Combine(d, "file.txt")), true, "is a file; --out names a directory for this command" },
        new object[] { "a directory", (Func<string, string>)(d => d), false, "is a directory; name the file to write" },
        new object[] { "under a file", (Func<string, string>)(d => Path.Combine(d, "file.txt", "sub", "out")), true, null! },
        new object[] { "name too long", (Func<string, string>)(d => Path.Combine(d, new string('n', 201))), true, null! },
        new object[] { "current directory", (Func<string, string>)(_ => "."), true, "is the current directory or contains it; an output set replaces its directory whole, so name a directory below it" },
    ];

    [TestCaseSource(nameof(BadPaths))]
    public void Reserve_BadPath_OutputPathExceptionSayingWhyAndNothingWritten(string what, Func<string, string> path, bool isDirectory, string? problem)
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["file.txt"], "x");
        string given = path(directory.Path);

        var error = Assert.Throws<OutputPathException>(() =>
        {
            using var reservation = isDirectory ? OutputReservation.ForDirectory(given) : OutputReservation.ForFile(given);
        }, what);

        if (problem is not null)
        {
            Assert.That(error!.Problem, Is.EqualTo(problem), what);
        }
        else if (what == "under a file")
        {
            Assert.That(error!.Problem, Is.EqualTo($"'{directory["file.txt"]}' is a file, so nothing can be written under it"));
        }
        else
        {
            Assert.That(error!.Problem, Does.StartWith("the name 'nnnnnnnnnnnnnnnnnnnn…nnnnnnnnnn' is 201 bytes long; an output name may have at most 200"));
        }

        Assert.That(directory.FileNames(), Is.EqualTo(new[] { "file.txt" }), what);
    }
}
