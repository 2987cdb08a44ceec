using System.CommandLine;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim merge DIR... --out DIR</c>: combines the shards written by <c>run --shard K/N</c> into
/// the <c>summary.json</c>, <c>metrics.csv</c> and <c>series.csv</c> the unsharded run writes; those of
/// <c>sweep --shard K/N</c> into its <c>sweep.csv</c>; those of <c>sensitivity --shard K/N</c> into its
/// <c>sensitivity.json</c>: each identical to the byte, with the tables the unsharded verb prints.
/// Refuses, with exit code 2, unreadable partials, partials of different kinds, and partials that are
/// not exactly one run, sweep or design (see <see cref="ShardMerge"/>).
/// </summary>
internal sealed class MergeCommand : Command
{
    /// <summary>How many files the mixed-kinds refusal lists per kind before it says "and n more".</summary>
    private const int ListedFiles = 3;

    private readonly CliEnvironment _environment;
    private readonly Argument<string[]> _partials = new("PARTIALS")
    {
        Description = "Directories holding the shards' *.partial.json files (or the files themselves): all of one run, one sweep or one sensitivity analysis.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Directory to write the merged outputs to (created if missing): summary.json, metrics.csv and series.csv for a run's shards, sweep.csv for a sweep's, sensitivity.json for a sensitivity analysis's.",
        HelpName = "DIR",
        Required = true,
    };

    public MergeCommand(CliEnvironment environment)
        : base("merge", "Merge the partial results of 'run', 'sweep' or 'sensitivity' with --shard K/N into the outputs of the unsharded verb (identical to the byte).")
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
            string directory = parseResult.GetRequiredValue(_out);
            using var outputs = ReservedOutputs.Reserve(directory);
            var problems = new List<string>();
            var files = FindPartials(parseResult.GetRequiredValue(_partials), problems);

            // A file whose kind cannot be told goes to the run reader, which says what is wrong with it.
            var kinds = files.GroupBy(f => PartialFile.KindOf(f) ?? PartialKind.Run).ToList();
            if (kinds.Count > 1)
            {
                problems.Add(MixedKinds(kinds));
                return Refuse(problems);
            }

            return (kinds.Count == 0 ? PartialKind.Run : kinds[0].Key) switch
            {
                PartialKind.Sweep => MergeSweep(ReadAll(files, SweepPartial.ReadFrom, problems, cancellationToken), problems, directory),
                PartialKind.Sensitivity => MergeSensitivity(ReadAll(files, SensitivityPartial.ReadFrom, problems, cancellationToken), problems, directory),
                _ => MergeRun(files, problems, directory, cancellationToken),
            };
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    /// <summary>Folds each run partial into the total as it is read, so memory stays that of one partial.</summary>
    private int MergeRun(List<string> files, List<string> problems, string directory, CancellationToken cancellationToken)
    {
        var merge = new ShardMerge();
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Read(file, PartialResultFile.Read, problems) is { } partial)
            {
                merge.Add(partial);
            }
        }

        if (problems.Count > 0)
        {
            return Refuse(problems);
        }

        var merged = merge.Complete();
        var result = merged.ToResult();
        cancellationToken.ThrowIfCancellationRequested();

        RunSummaryTable.Write(_environment, result);
        RunOutput.Write(directory, SummaryDocument.For(merged.Scenario, result));
        _environment.Out.WriteLine(
            $"Merged {merge.Count} partials ({merged.Replications} replications). " +
            $"Wrote {RunOutput.SummaryFileName}, {RunOutput.MetricsFileName} and {RunOutput.SeriesFileName} to {directory}");
        return ExitCodes.Ok;
    }

    private int MergeSweep(List<SweepPartial> partials, List<string> problems, string directory)
    {
        if (problems.Count > 0)
        {
            return Refuse(problems);
        }

        var sweep = SweepPartial.Combine(partials).ToResult();
        SweepTables.Write(_environment, sweep, MetricNames.All);
        SweepOutput.Write(directory, sweep);
        _environment.Out.WriteLine($"Merged {partials.Count} partials ({sweep.Points.Count} points). Wrote {SweepOutput.CsvFileName} and {SweepOutput.JsonFileName} to {directory}");
        return ExitCodes.Ok;
    }

    private int MergeSensitivity(List<SensitivityPartial> partials, List<string> problems, string directory)
    {
        if (problems.Count > 0)
        {
            return Refuse(problems);
        }

        var merged = SensitivityPartial.Combine(partials);
        if (merged.Method == MorrisScreening.MethodName)
        {
            var morris = merged.EstimateMorris();
            SensitivityTables.WriteMorris(_environment, merged.Response, morris);
            SensitivityOutput.Write(directory, merged.Response, morris);
        }
        else
        {
            var sobol = merged.EstimateSobol();
            SensitivityTables.WriteSobol(_environment, merged.Response, sobol);
            SensitivityOutput.Write(directory, merged.Response, sobol);
        }

        _environment.Out.WriteLine($"Merged {partials.Count} partials ({merged.PointCount} points). Wrote {SensitivityOutput.JsonFileName} to {directory}");
        return ExitCodes.Ok;
    }

    private int Refuse(List<string> problems)
    {
        foreach (string problem in problems)
        {
            _environment.Error.WriteLine($"error: {problem}");
        }

        return ExitCodes.InvalidInput;
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

    /// <summary>Refuses partials of more than one kind, listing each kind's files.</summary>
    private static string MixedKinds(List<IGrouping<PartialKind, string>> kinds) =>
        "partials of different kinds cannot be merged together: " +
        string.Join(" and ", kinds.OrderBy(k => k.Key).Select(k => $"{KindName(k.Key)} ({Listed(k.ToList())})")) +
        "; merge each kind into its own --out directory";

    private static string KindName(PartialKind kind) => kind switch
    {
        PartialKind.Sweep => "sweep shards",
        PartialKind.Sensitivity => "sensitivity shards",
        _ => "run shards",
    };

    private static string Listed(List<string> files) =>
        files.Count <= ListedFiles
            ? string.Join(", ", files)
            : $"{string.Join(", ", files.Take(ListedFiles))} and {files.Count - ListedFiles} more";

    private static List<T> ReadAll<T>(List<string> files, Func<string, T> read, List<string> problems, CancellationToken cancellationToken)
        where T : class
    {
        var partials = new List<T>(files.Count);
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Read(file, read, problems) is { } partial)
            {
                partials.Add(partial);
            }
        }

        return partials;
    }

    private static T? Read<T>(string file, Func<string, T> read, List<string> problems)
        where T : class
    {
        try
        {
            return read(file);
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
