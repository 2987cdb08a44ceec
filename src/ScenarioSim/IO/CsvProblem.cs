namespace ScenarioSim.IO;

/// <summary>A problem found while reading CSV text: where, and what.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column; 0 when the problem concerns the whole record.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record CsvProblem(int Line, int Column, string Message);
