using System.CommandLine;
using ScenarioSim.Engine;
using ScenarioSim.Output;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim merge DIR... --out DIR</c>: combines the shards written by <c>run --shard K/N</c> into
/// the <c>summary.json</c>, <c>metrics.csv</c> and <c>series.csv</c> the unsharded run writes,
/// identical to the byte. Refuses, with exit code 2, unreadable partials and partials that are not
/// exactly one run (see <see cref="ShardMerge"/>).
/// </summary>
internal sealed class MergeCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string[]> _partials = new("PARTIALS")
    {
        Description = "Directories holding the shards' *.partial.json files (or the files themselves).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Directory to write summary.json, metrics.csv and series.csv to (created if missing).",
        HelpName = "DIR",
        Required = true,
    };

    public MergeCommand(CliEnvironment environment)
        : base("merge", "Merge the partial results of 'run --shard K/N' into the outputs of the unsharded run (identical to the byte).")
    {
        _environment = environment;
        Add(_partials);
        Add(_out);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Invoke(parseResult, cancellationToken)));
    }

    private int Invoke(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var problems = new List<string>();
            var files = FindPartials(parseResult.GetRequiredValue(_partials), problems);
            var merge = new ShardMerge();
            foreach (string file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Read(file, problems) is { } partial)
                {
                    merge.Add(partial);
                }
            }

            if (problems.Count > 0)
            {
                foreach (string problem in problems)
                {
                    _environment.Error.WriteLine($"error: {problem}");
                }

                return ExitCodes.InvalidInput;
            }

            var merged = merge.Complete();
            var result = merged.ToResult();
            cancellationToken.ThrowIfCancellationRequested();

            RunSummaryTable.Write(_environment, result);
            string directory = parseResult.GetRequiredValue(_out);
            RunOutput.Write(directory, SummaryDocument.For(merged.Scenario, result));
            _environment.Out.WriteLine(
                $"Merged {merge.Count} partials ({merged.Replications} replications). " +
                $"Wrote {RunOutput.SummaryFileName}, {RunOutput.MetricsFileName} and {RunOutput.SeriesFileName} to {directory}");
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    /// <summary>The partial files named, directories expanded to their <c>*.partial.json</c> files in name order.</summary>
    private static List<string> FindPartials(IEnumerable<string> paths, List<string> problems)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*" + PartialResult.FileExtension).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no partial results (*{PartialResult.FileExtension}) in this directory.");
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add($"{path}: no such file or directory.");
            }
        }

        return files;
    }

    private static PartialResult? Read(string file, List<string> problems)
    {
        try
        {
            return PartialResult.ReadFrom(file);
        }
        catch (FormatException e)
        {
            problems.Add(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{file}: cannot be read: {e.Message}");
        }

        return null;
    }
}
