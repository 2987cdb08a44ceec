using System.Globalization;
using System.Text;
using ScenarioSim.IO;
using ScenarioSim.Input;
using ScenarioSim.Model;
using ScenarioSim.Diagnostics;

namespace ScenarioSim.Calibration;

/// <summary>
/// Reads observed-events CSV files (<c>date,series,region,count[,end_date][,note][,source]</c>) and
/// checks every row against a scenario. A row counts the events of one series in one region, in
/// several regions joined by <c>+</c> (<c>baghdad+anbar+erbil</c>) or in <c>all</c> regions that can
/// have them, from <c>date</c> to <c>end_date</c> inclusive (one day when <c>end_date</c> is absent or
/// empty). Lines starting with <c>#</c> and blank lines are skipped. No two rows of a series may count
/// the same region on the same day; days and regions without a row are unobserved, not zero.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ObservationFile
{
    /// <summary>The series names the <c>series</c> column accepts.</summary>
    public static readonly IReadOnlyList<string> SeriesNames = ["militia_attacks", "isis_attacks"];

    private static readonly string[] RequiredColumns = ["date", "series", "region", "count"];
    private static readonly string[] OptionalColumns = ["end_date", "note", "source"];

    /// <summary>The CSV name of a series.</summary>
    /// <param name="series">The series.</param>
    /// <returns><c>militia_attacks</c> or <c>isis_attacks</c>.</returns>
    public static string SeriesName(ObservedSeries series) => SeriesNames[(int)series];

    /// <summary>Reads <paramref name="path"/> and checks it against <paramref name="scenario"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="scenario">The scenario the counts will be compared with.</param>
    /// <returns>The rows, or every problem as <c>file:line: error: message</c>.</returns>
    public static LoadResult<ObservationSet> Read(string path, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputFile.TryReadText(path, InputLimits.MaxDataFileBytes, out string reason) is not { } text)
        {
            return LoadResult<ObservationSet>.Failure([Diagnostic.InFile(path, 0, $"cannot read the data file: {reason}")]);
        }

        return Parse(text, path, scenario);
    }

    /// <summary>Parses CSV text and checks it against <paramref name="scenario"/>.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="file">The name used in messages.</param>
    /// <param name="scenario">The scenario the counts will be compared with.</param>
    /// <returns>The rows, or every problem as <c>file:line: error: message</c>.</returns>
    public static LoadResult<ObservationSet> Parse(string text, string file, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scenario);
        var reader = new RowReader(file, scenario);
        var (records, problems) = CsvRecordReader.Read(text);
        if (problems.Count > 0)
        {
            return LoadResult<ObservationSet>.Failure(problems.Select(p => Diagnostic.InFile(file, p.Line, p.Message, p.Column)).ToList());
        }

        reader.ReadAll(records);
        return reader.Diagnostics.Count == 0
            ? LoadResult<ObservationSet>.Success(new ObservationSet(file, reader.Rows))
            : LoadResult<ObservationSet>.Failure(reader.Diagnostics);
    }

    /// <summary>Reads rows one by one, collecting every problem.</summary>
    private sealed class RowReader(string file, Scenario scenario)
    {
        private readonly Dictionary<string, int> _regionIndex = scenario.Regions
            .Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // coverage[series][region][day] = the line that counts it, 0 when none.
        private readonly int[][][] _coverage = [NewCoverage(scenario), NewCoverage(scenario)];
        private Dictionary<string, int> _columns = new(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public List<Observation> Rows { get; } = [];

        public void ReadAll(IReadOnlyList<CsvRecord> records)
        {
            if (records.Count == 0)
            {
                Report(0, "the file has no header; the first line must be date,series,region,count (optionally end_date, note, source)");
                return;
            }

            ReadHeader(records[0].Fields, records[0].Line);
            if (Diagnostics.Count > 0)
            {
                return;
            }

            foreach (var record in records.Skip(1))
            {
                ReadRow(record.Fields, record.Line);
            }
        }

        private static int[][] NewCoverage(Scenario scenario) =>
            scenario.Regions.Select(_ => new int[scenario.Days]).ToArray();

        private void ReadHeader(IReadOnlyList<string> names, int number)
        {
            _columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int k = 0; k < names.Count; k++)
            {
                string name = names[k].Trim();
                if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
                {
                    Report(number, $"unknown column '{name}'; the columns are date, series, region, count and optionally end_date, note, source{Spelling.Hint(name, RequiredColumns.Concat(OptionalColumns))}");
                }
                else if (!_columns.TryAdd(name, k))
                {
                    Report(number, $"the column '{name}' appears twice");
                }
            }

            foreach (string required in RequiredColumns.Where(c => !_columns.ContainsKey(c)))
            {
                Report(number, $"the header lacks the column '{required}'; the columns are date, series, region, count and optionally end_date, note, source");
            }
        }

        private void ReadRow(IReadOnlyList<string> fields, int number)
        {
            if (fields.Count != _columns.Count)
            {
                Report(number, $"expected {_columns.Count} fields ({string.Join(",", _columns.OrderBy(c => c.Value).Select(c => c.Key))}), but found {fields.Count}");
                return;
            }

            int before = Diagnostics.Count;
            string Field(string name) => _columns.TryGetValue(name, out int k) ? fields[k].Trim() : string.Empty;

            bool hasFirst = TryDate(Field("date"), "date", number, out DateOnly first);
            DateOnly last = first;
            string endText = Field("end_date");
            bool hasLast = hasFirst;
            if (endText.Length > 0)
            {
                hasLast = TryDate(endText, "end_date", number, out last);
                if (hasFirst && hasLast && last < first)
                {
                    Report(number, $"end_date {last:yyyy-MM-dd} is before date {first:yyyy-MM-dd}; a period runs from date to end_date inclusive");
                    hasLast = false;
                }
            }

            ObservedSeries? series = ParseSeries(Field("series"), number);
            IReadOnlyList<int>? regions = series is { } s ? ParseRegions(Field("region"), s, number) : null;
            long? count = ParseCount(Field("count"), number);

            if (hasFirst && hasLast && (first < scenario.Start || last > scenario.End))
            {
                string period = first == last ? $"{first:yyyy-MM-dd}" : $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}";
                Report(number, $"the period {period} is not inside the scenario, which runs from {scenario.Start:yyyy-MM-dd} to {scenario.End:yyyy-MM-dd}");
            }

            if (Diagnostics.Count > before || series is null || regions is null || count is null)
            {
                return;
            }

            var row = new Observation
            {
                Line = number,
                Series = series.Value,
                RegionLabel = Field("region"),
                Regions = regions,
                First = first,
                Last = last,
                Count = count.Value,
            };
            if (CheckOverlap(row))
            {
                Rows.Add(row);
            }
        }

        private bool CheckOverlap(Observation row)
        {
            var coverage = _coverage[(int)row.Series];
            int from = row.First.DayNumber - scenario.Start.DayNumber;
            int to = row.Last.DayNumber - scenario.Start.DayNumber;
            foreach (int r in row.Regions)
            {
                for (int t = from; t <= to; t++)
                {
                    if (coverage[r][t] != 0)
                    {
                        Report(row.Line, $"this row counts {scenario.Regions[r].Id} on {scenario.Start.AddDays(t):yyyy-MM-dd}, which line {coverage[r][t]} already counts; each region and day may be counted by one row of a series only");
                        return false;
                    }
                }
            }

            foreach (int r in row.Regions)
            {
                for (int t = from; t <= to; t++)
                {
                    coverage[r][t] = row.Line;
                }
            }

            return true;
        }

        private bool TryDate(string text, string column, int number, out DateOnly value)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return true;
            }

            Report(number, $"{column} must be an ISO date yyyy-MM-dd, but was '{text}'");
            return false;
        }

        private ObservedSeries? ParseSeries(string text, int number)
        {
            int k = SeriesNames.ToList().IndexOf(text);
            if (k >= 0)
            {
                return (ObservedSeries)k;
            }

            Report(number, $"unknown series '{text}'; the series are {Spelling.QuotedList(SeriesNames)}{Spelling.Hint(text, SeriesNames)}");
            return null;
        }

        private IReadOnlyList<int>? ParseRegions(string text, ObservedSeries series, int number)
        {
            bool Has(Region region) => series == ObservedSeries.MilitiaAttacks ? region.Militia is not null : region.Isis is not null;
            string block = series == ObservedSeries.MilitiaAttacks ? "militia" : "isis";
            if (text == "all")
            {
                var all = scenario.Regions.Select((r, i) => (r, i)).Where(x => Has(x.r)).Select(x => x.i).ToArray();
                if (all.Length == 0)
                {
                    Report(number, $"region 'all' means every region with an {block} block, but the scenario has none");
                    return null;
                }

                return all;
            }

            var indices = new List<int>();
            foreach (string id in text.Split('+'))
            {
                if (!_regionIndex.TryGetValue(id.Trim(), out int r))
                {
                    Report(number, $"unknown region '{id}'; the scenario's regions are {Spelling.QuotedList(_regionIndex.Keys)}, or 'all', or ids joined by '+'{Spelling.Hint(id, _regionIndex.Keys)}");
                    return null;
                }

                if (!Has(scenario.Regions[r]))
                {
                    Report(number, $"region '{id}' has no {block} block in the scenario, so the model has no {SeriesName(series)} there");
                    return null;
                }

                if (indices.Contains(r))
                {
                    Report(number, $"region '{id}' appears twice in '{text}'");
                    return null;
                }

                indices.Add(r);
            }

            return indices;
        }

        private long? ParseCount(string text, int number)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= 0)
            {
                if (value <= InputLimits.MaxObservedCount)
                {
                    return value;
                }

                Report(number, string.Create(CultureInfo.InvariantCulture, $"count {value} is more than {InputLimits.MaxObservedCount:N0}, the largest count a row may hold (an input limit, see docs/calibration.md)"));
                return null;
            }

            Report(number, text.All(char.IsAsciiDigit) && text.Length > 0
                ? string.Create(CultureInfo.InvariantCulture, $"count {text} is more than {InputLimits.MaxObservedCount:N0}, the largest count a row may hold (an input limit, see docs/calibration.md)")
                : $"count must be a whole number >= 0, but was '{text}'");
            return null;
        }

        private void Report(int line, string message) => Diagnostics.Add(Diagnostic.InFile(file, line, message));
    }
}
