namespace ScenarioSim.Model.Validation;

/// <summary>
/// The numbers' own ranges, from the <see cref="ParameterTable"/>: each section checks the numbers of its
/// items and blocks in the table's order, so a new numeric parameter needs no rule of its own. A number
/// whose rule also gates another (the weights that must lead somewhere, the Hawkes branching ratio, what
/// an effect's target takes) is checked by its section, still against the table's bounds.
/// </summary>
internal sealed partial class ScenarioRules
{
    /// <summary>
    /// Checks each number of the item or block at <paramref name="block"/> (<see cref="ParameterTable.Within"/>)
    /// at the list indices <paramref name="indices"/> that the scenario has, in the table's order, leaving
    /// out <paramref name="bySection"/>, which the section checks itself.
    /// </summary>
    private void Numbers(string block, int[] indices, params ParameterField[] bySection)
    {
        foreach (ParameterDefinition number in ParameterTable.Within(block))
        {
            if (Array.IndexOf(bySection, number.Field) < 0 && number.Get(_scenario, indices) is double value)
            {
                Check(number, indices, value);
            }
        }
    }

    /// <summary>True when <paramref name="value"/> lies in the range of the parameter <paramref name="field"/>; otherwise reports it at its path.</summary>
    private bool Check(ParameterField field, int[] indices, double value) => Check(ParameterTable.Of(field), indices, value);

    private bool Check(ParameterDefinition number, int[] indices, double value) =>
        _problems.InRange(number.PathAt(indices), value, number.Lower, number.LowerExclusive, number.Upper);
}
