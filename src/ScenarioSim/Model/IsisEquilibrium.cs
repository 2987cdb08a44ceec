namespace ScenarioSim.Model;

/// <summary>
/// The ISIS pool's deterministic skeleton, <c>dF/dt = ρF(1 − F/K) − δF</c>, whose stable equilibrium is
/// <c>F* = K(1 − δ/ρ)</c> when <c>ρ &gt; δ</c> and 0 otherwise. A drawdown lowers counter-terrorism
/// capacity, so δ, so raises F*: the model's core mechanism for resurgence risk.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class IsisEquilibrium
{
    /// <summary>Daily attrition probability <c>δ = attrition_base + attrition_ct · C</c>, clamped to [0, 1].</summary>
    /// <param name="isis">The ISIS parameters.</param>
    /// <param name="troops">Coalition troops in theatre, T.</param>
    /// <param name="isfCapacity">ISF capacity I.</param>
    public static double Attrition(IsisModel isis, double troops, double isfCapacity)
    {
        ArgumentNullException.ThrowIfNull(isis);
        double capacity = isfCapacity + (isis.CoalitionEnabler.Weight * Math.Min(1.0, troops / isis.CoalitionEnabler.TroopsRef));
        return Math.Clamp(isis.AttritionBase + (isis.AttritionCt * capacity), 0.0, 1.0);
    }

    /// <summary>The equilibrium pool <c>F*</c> at constant troops and ISF capacity, in fighters.</summary>
    /// <param name="isis">The ISIS parameters.</param>
    /// <param name="troops">Coalition troops in theatre, T.</param>
    /// <param name="isfCapacity">ISF capacity I.</param>
    public static double Fighters(IsisModel isis, double troops, double isfCapacity)
    {
        double delta = Attrition(isis, troops, isfCapacity);
        double rho = isis.RecruitmentRate;
        return rho > delta ? isis.CarryingCapacity * (1 - (delta / rho)) : 0;
    }
}
