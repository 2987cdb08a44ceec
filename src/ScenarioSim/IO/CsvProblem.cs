namespace ScenarioSim.IO;

/// <summary>A problem found while reading CSV text: where, and what.</summary>
/// <remarks>
/// <c>IO</c> sits below <c>Diagnostics</c> and knows no input but text, so it reports in its own terms; the
/// readers of CSV input files turn each problem into a located <c>Diagnostics.Diagnostic</c>
/// (<c>Calibration.ObservationFile</c>) or a message (<c>Analysis.UncertaintyCsv</c>).
/// </remarks>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column; 0 when the problem concerns the whole record.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record CsvProblem(int Line, int Column, string Message);
