using System.Globalization;

namespace ScenarioSim.Model;

/// <summary>
/// One numeric scenario parameter, defined once in the <see cref="ParameterTable"/>: its path, unit,
/// rule, default and meaning, how to read it from a <see cref="Scenario"/> and how to make a copy with
/// another value, and the <see cref="ParameterField"/> the engine's lane slots know it by.
/// </summary>
/// <param name="Field">The engine's tag for it (one per path pattern).</param>
/// <param name="Template">
/// The path with its lists' indices left out, e.g. <c>regions[].militia.base_rate</c>; a path names this
/// parameter when it reads the same with a whole number in each <c>[]</c>.
/// </param>
/// <param name="Unit">What the number counts, for people (<c>attacks/day</c>, <c>fighters</c>).</param>
/// <param name="Lower">The smallest value the scenario rules allow (docs/model.md); −∞ when none.</param>
/// <param name="LowerExclusive">True when <paramref name="Lower"/> itself is not allowed (the value must be greater).</param>
/// <param name="Upper">The largest value the scenario rules allow; +∞ when none.</param>
/// <param name="Default">The value a scenario file that leaves the key out gets; null when the key is required or its absence means something else.</param>
/// <param name="Absent">What leaving the key out means when there is no <paramref name="Default"/> (<c>required</c>, <c>never leaves</c>).</param>
/// <param name="Doc">One line on what the parameter does.</param>
/// <param name="IsWhole">True for whole-number parameters: values are rounded half away from zero.</param>
/// <param name="IsRequired">True when the block that holds it must give it (a file that has the block but leaves the key out is wrong).</param>
/// <param name="Get">The value in a scenario at the path's indices (in path order); null when the scenario lacks the block that holds it.</param>
/// <param name="Set">A copy of the scenario with the value at the path's indices replaced.</param>
/// <param name="SetIn">
/// A copy of the record that holds it (the <see cref="RegionMilitia"/> of <c>regions[].militia.base_rate</c>)
/// with the value replaced: how the file's binder fills a block it has just read.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ParameterDefinition(
    ParameterField Field,
    string Template,
    string Unit,
    double Lower,
    bool LowerExclusive,
    double Upper,
    double? Default,
    string Absent,
    string Doc,
    bool IsWhole,
    bool IsRequired,
    Func<Scenario, int[], double?> Get,
    Func<Scenario, int[], double, Scenario> Set,
    Func<object, double, object> SetIn)
{
    /// <summary>The template of the block that holds it: <c>regions[].militia</c> for <c>regions[].militia.base_rate</c>.</summary>
    public string Block => Template[..Template.LastIndexOf('.')];

    /// <summary>Its key in that block of the scenario file: <c>base_rate</c>.</summary>
    public string Key => Template[(Template.LastIndexOf('.') + 1)..];

    /// <summary>
    /// Its path in a scenario, as diagnostics write it: the template with <paramref name="indices"/> (in path
    /// order) in its <c>[]</c>, e.g. <c>regions[2].militia.base_rate</c>.
    /// </summary>
    public string PathAt(IReadOnlyList<int> indices)
    {
        string[] parts = Template.Split("[]");
        var path = new System.Text.StringBuilder(parts[0]);
        for (int k = 1; k < parts.Length; k++)
        {
            path.Append('[').Append(indices[k - 1].ToString(CultureInfo.InvariantCulture)).Append(']').Append(parts[k]);
        }

        return path.ToString();
    }

    /// <summary>How many list indices the path carries.</summary>
    public int IndexCount => Template.Split("[]").Length - 1;

    /// <summary>The rule as the docs write it: <c>≥ 0</c>, <c>&gt; 0</c>, <c>in [0, 1]</c>; empty when there is none.</summary>
    public string Rule => (double.IsNegativeInfinity(Lower), double.IsPositiveInfinity(Upper)) switch
    {
        (true, true) => string.Empty,
        (false, true) => (LowerExclusive ? "> " : "≥ ") + Number(Lower),
        (true, false) => "≤ " + Number(Upper),
        _ => $"in [{Number(Lower)}, {Number(Upper)}]",
    };

    /// <summary>Whether the scenario rules allow <paramref name="value"/> for this parameter on its own.</summary>
    public bool Allows(double value) =>
        (LowerExclusive ? value > Lower : value >= Lower) && value <= Upper && (!IsWhole || value == Math.Round(value));

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
