using System.Text.Json;

namespace ScenarioSim.Reporting;

/// <summary>
/// Parses a JSON file of unknown kind, so that the report can tell a summary, compare, sensitivity, back-test or
/// sweep file under another name by the fields each must have, and a rolling back-test's backtest.json from an
/// in-sample one. Each kind is then read by the records its verb writes it with.
/// </summary>
internal static class ReportJson
{
    public static JsonDocument Parse(string json, string file)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file} is not valid JSON: {e.Message}", e);
        }
    }
}
