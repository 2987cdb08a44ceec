namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>isis:</c>: the pool's numbers, the ISF capacity's and the coalition enabler's.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckIsis()
    {
        if (_scenario.Isis is not { } isis)
        {
            return;
        }

        Numbers("isis", []);
    }
}
