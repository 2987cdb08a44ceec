namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>militia:</c>: its numbers and a Hawkes process that does not explode.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckMilitia()
    {
        MilitiaModel militia = _scenario.Militia;
        Numbers("militia", [], ParameterField.HawkesAlpha, ParameterField.HawkesDecayDays);
        if (militia.Hawkes is not { } hawkes)
        {
            return;
        }

        bool valid = Check(ParameterField.HawkesAlpha, [], hawkes.Alpha);
        valid &= Check(ParameterField.HawkesDecayDays, [], hawkes.DecayDays);
        if (valid && !(hawkes.BranchingRatio < 1))
        {
            _problems.Add(
                "militia.hawkes",
                $"militia.hawkes has branching ratio n = alpha / (1 - exp(-1/decay_days)) = " +
                $"{hawkes.BranchingRatio.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}, " +
                "but n must be < 1: with n >= 1 the process is explosive (each attack triggers on average n more); " +
                "lower alpha or decay_days");
        }
    }
}
