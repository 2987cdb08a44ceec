namespace ScenarioSim.IO;

/// <summary>One record of a CSV file as read: the line it starts on and its fields, unquoted.</summary>
/// <param name="Line">1-based line where the record starts (a quoted field may carry it over several lines).</param>
/// <param name="Fields">The fields, with RFC 4180 quoting removed.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
