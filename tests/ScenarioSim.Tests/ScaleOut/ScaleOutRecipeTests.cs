using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// The recipes in docs/scale-out/ hold together: the Kubernetes manifests parse and describe an Indexed
/// Job whose pods run shard index + 1 of N, and a merge of the same directory; the Slurm script maps array
/// task ids to shards. .ci/scale-out-check runs these and executes the Slurm script for real.
/// </summary>
public sealed class ScaleOutRecipeTests
{
    private static string Recipe(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "ScaleOutRecipes", name);

    [Test]
    public void IndexedJob_IsIndexedJobWithOneCompletionPerShard()
    {
        var documents = Load("k8s-indexed-job.yaml");
        var job = documents.Single(d => Scalar(d, "kind") == "Job");
        var claim = documents.Single(d => Scalar(d, "kind") == "PersistentVolumeClaim");
        var pod = Node(job, "spec", "template", "spec");
        var container = Sequence(pod, "containers").Cast<YamlMappingNode>().Single();
        var env = Environment(container);

        Assert.That(Scalar(job, "apiVersion"), Is.EqualTo("batch/v1"));
        Assert.That(Scalar(job, "spec", "completionMode"), Is.EqualTo("Indexed"));
        Assert.That(Scalar(job, "spec", "completions"), Is.EqualTo(env["SHARDS"]), "completions and SHARDS must agree");
        Assert.That(int.Parse(Scalar(job, "spec", "parallelism"), CultureInfo.InvariantCulture), Is.InRange(1, int.Parse(env["SHARDS"], CultureInfo.InvariantCulture)));
        Assert.That(Scalar(pod, "restartPolicy"), Is.EqualTo("Never"));
        Assert.That(Arguments(container), Does.Contain("--shard \"$((JOB_COMPLETION_INDEX + 1))/$SHARDS\"").And.Contain("--out \"$RUN_DIR\""));
        Assert.That(
            Sequence(pod, "volumes").Cast<YamlMappingNode>().Select(v => TryScalar(v, "persistentVolumeClaim", "claimName")),
            Has.Member(Scalar(claim, "metadata", "name")));
        Assert.That(Scalar(claim, "spec", "accessModes", "0"), Is.EqualTo("ReadWriteMany"));
    }

    [TestCase("0", "--shard 1/8")]
    [TestCase("7", "--shard 8/8")]
    public void IndexedJob_ShellTurnsCompletionIndexIntoOneBasedShard(string completionIndex, string expected)
    {
        Assume.That(File.Exists("/bin/sh"), "needs a POSIX shell");
        var container = Sequence(Node(Load("k8s-indexed-job.yaml").Single(d => Scalar(d, "kind") == "Job"), "spec", "template", "spec"), "containers")
            .Cast<YamlMappingNode>().Single();
        string script = Arguments(container).Replace("exec /app/scenariosim", "echo", StringComparison.Ordinal);
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in Environment(container))
        {
            start.Environment[name] = value;
        }

        start.Environment["JOB_COMPLETION_INDEX"] = completionIndex;
        using var shell = Process.Start(start)!;
        string output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();

        Assert.That(shell.ExitCode, Is.Zero);
        Assert.That(output, Does.Contain(expected + " --out /results/baseline-100k"));
    }

    [Test]
    public void MergeJob_MergesTheIndexedJobsDirectoryOnTheSameVolume()
    {
        var job = Load("k8s-merge-job.yaml").Single();
        var indexed = Load("k8s-indexed-job.yaml").Single(d => Scalar(d, "kind") == "Job");
        var shardContainer = Sequence(Node(indexed, "spec", "template", "spec"), "containers").Cast<YamlMappingNode>().Single();
        var pod = Node(job, "spec", "template", "spec");
        var container = Sequence(pod, "containers").Cast<YamlMappingNode>().Single();
        string runDirectory = Environment(shardContainer)["RUN_DIR"];

        Assert.That(Scalar(job, "kind"), Is.EqualTo("Job"));
        Assert.That(
            Sequence(container, "args").Cast<YamlScalarNode>().Select(a => a.Value),
            Is.EqualTo(new[] { "merge", runDirectory, "--out", runDirectory + "/final" }));
        Assert.That(
            Scalar(pod, "volumes", "0", "persistentVolumeClaim", "claimName"),
            Is.EqualTo(Scalar(Node(indexed, "spec", "template", "spec"), "volumes", "1", "persistentVolumeClaim", "claimName")));
    }

    [Test]
    public void SlurmScript_ArrayFromOneMapsTaskIdToShard()
    {
        string script = File.ReadAllText(Recipe("slurm-array.sh"));

        Assert.That(script, Does.StartWith("#!/usr/bin/env bash\n"));
        Assert.That(Regex.IsMatch(script, @"^#SBATCH --array=1-[0-9]+$", RegexOptions.Multiline), Is.True, "#SBATCH --array=1-N");
        Assert.That(script, Does.Contain("--shard \"${SLURM_ARRAY_TASK_ID}/${shards}\""));
        Assert.That(script, Does.Contain("merge '${run_dir}' --out '${run_dir}/final'"));
    }

    [Test]
    public void SlurmScript_ResubmittedTasksKeepTheSplitAndTheMergeNeverWaitsOnAFailure()
    {
        string script = File.ReadAllText(Recipe("slurm-array.sh"));

        // A resubmitted --array=K has SLURM_ARRAY_TASK_MAX = K: SHARDS keeps the original N.
        Assert.That(script, Does.Contain("shards=${SHARDS:-${SLURM_ARRAY_TASK_MAX:?"));
        Assert.That(script, Does.Contain("--dependency=\"afterok:${array_job}\""));
        Assert.That(script, Does.Contain("--kill-on-invalid-dep=yes"));
        // Slurm does not create an --output directory; a task without one fails with no log.
        Assert.That(script, Does.Contain("mkdir -p \"$run_dir/logs\""));
    }

    private static List<YamlMappingNode> Load(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Recipe(name)))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static Dictionary<string, string> Environment(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));

    private static string Arguments(YamlMappingNode container) =>
        string.Join(' ', Sequence(container, "args").Cast<YamlScalarNode>().Select(a => a.Value));

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (string step in path)
        {
            node = node switch
            {
                YamlMappingNode map => map[new YamlScalarNode(step)],
                YamlSequenceNode list => list[int.Parse(step, CultureInfo.InvariantCulture)],
                _ => throw new KeyNotFoundException($"'{step}' under a scalar"),
            };
        }

        return node;
    }

    private static string Scalar(YamlNode node, params string[] path) =>
        ((YamlScalarNode)Node(node, path)).Value ?? string.Empty;

    private static string? TryScalar(YamlNode node, params string[] path)
    {
        try
        {
            return Scalar(node, path);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static YamlSequenceNode Sequence(YamlNode node, params string[] path) => (YamlSequenceNode)Node(node, path);
}
