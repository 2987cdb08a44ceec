namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>isis:</c>: the pool's numbers, the ISF capacity's and the coalition enabler's (none without the block).</summary>
internal sealed partial class ScenarioRules
{
    private void CheckIsis() => Numbers("isis", []);
}
