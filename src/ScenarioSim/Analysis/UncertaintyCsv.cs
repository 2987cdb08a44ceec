using System.Globalization;
using ScenarioSim.Output;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>
/// Reads <c>uncertainty.csv</c> back, as <see cref="UncertaintyAttribution.WriteCsv"/> writes it: a
/// header naming the columns <c>metric</c>, <c>parameter</c>, <c>rank_correlation</c> and
/// <c>contribution_to_variance</c> (in any order; other columns are ignored), then one row per metric
/// and uncertain parameter. Metrics keep the order in which they first appear, and parameters their
/// order within a metric; an empty number is NaN, as the writer writes it. The first problem throws a
/// <see cref="FormatException"/> located as <c>file:line: message</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class UncertaintyCsv
{
    private const string Metric = "metric";
    private const string Parameter = "parameter";
    private const string RankCorrelation = "rank_correlation";
    private const string Contribution = "contribution_to_variance";
    private static readonly string[] Columns = [Metric, Parameter, RankCorrelation, Contribution];

    /// <summary>Reads an <c>uncertainty.csv</c> file.</summary>
    /// <param name="path">The file; its path as given names it in messages.</param>
    /// <returns>One attribution per metric, in file order.</returns>
    /// <exception cref="FormatException">The file is not a valid uncertainty.csv.</exception>
    public static IReadOnlyList<MetricAttribution> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path, OutputEncoding.Utf8), path);
    }

    /// <summary>Parses the text of an <c>uncertainty.csv</c>.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="file">The name used in messages.</param>
    /// <returns>One attribution per metric, in file order.</returns>
    /// <exception cref="FormatException">The text is not a valid uncertainty.csv.</exception>
    public static IReadOnlyList<MetricAttribution> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var (records, problems) = CsvRecordReader.Read(text);
        if (problems.Count > 0)
        {
            throw Invalid(file, problems[0].Line, problems[0].Message);
        }

        if (records.Count == 0)
        {
            throw new FormatException($"{file}:1: the file is empty; its first line must be the header {string.Join(",", Columns)}.");
        }

        var columns = ReadHeader(records[0].Fields, file, records[0].Line);
        var metrics = new List<(string Metric, List<ParameterContribution> Rows)>();
        var seen = new Dictionary<(string Metric, string Parameter), int>();
        foreach (var record in records.Skip(1))
        {
            int number = record.Line;
            var fields = record.Fields;
            if (fields.Count != columns.Count)
            {
                throw Invalid(file, number, $"expected {columns.Count} fields, as the header has, but found {fields.Count}");
            }

            string metric = Text(fields[columns[Metric]], Metric, file, number);
            string parameter = Text(fields[columns[Parameter]], Parameter, file, number);
            double rho = Number(fields[columns[RankCorrelation]], RankCorrelation, -1, file, number);
            double share = Number(fields[columns[Contribution]], Contribution, 0, file, number);
            if (!seen.TryAdd((metric, parameter), number))
            {
                throw Invalid(file, number, $"{metric} and {parameter} already have a row, on line {seen[(metric, parameter)]}");
            }

            int index = metrics.FindIndex(m => m.Metric == metric);
            if (index < 0)
            {
                metrics.Add((metric, []));
                index = metrics.Count - 1;
            }

            metrics[index].Rows.Add(new ParameterContribution(parameter, rho, share));
        }

        return metrics.Select(m => new MetricAttribution(m.Metric, m.Rows)).ToList();
    }

    private static Dictionary<string, int> ReadHeader(IReadOnlyList<string> names, string file, int number)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < names.Count; k++)
        {
            if (!columns.TryAdd(names[k].Trim(), k))
            {
                throw Invalid(file, number, $"the column '{names[k].Trim()}' appears twice");
            }
        }

        string[] missing = Columns.Where(c => !columns.ContainsKey(c)).ToArray();
        return missing.Length == 0
            ? columns
            : throw Invalid(file, number, $"the header lacks {string.Join(", ", missing)}; it must name the columns {string.Join(",", Columns)}");
    }

    private static string Text(string field, string column, string file, int number) =>
        field.Trim() is { Length: > 0 } value ? value : throw Invalid(file, number, $"{column} is empty");

    /// <summary>A number from <paramref name="min"/> to 1, or NaN for an empty cell.</summary>
    private static double Number(string field, string column, double min, string file, int number)
    {
        string text = field.Trim();
        if (text.Length == 0)
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= min && value <= 1
            ? value
            : throw Invalid(file, number, string.Create(CultureInfo.InvariantCulture, $"{column} must be a number from {min} to 1, but was '{text}'"));
    }

    private static FormatException Invalid(string file, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {message}."));
}
