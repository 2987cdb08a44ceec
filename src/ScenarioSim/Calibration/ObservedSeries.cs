namespace ScenarioSim.Calibration;

/// <summary>The simulated series an observed count can be compared with.</summary>
public enum ObservedSeries
{
    /// <summary><c>militia_attacks</c>: militia attacks on foreign forces.</summary>
    MilitiaAttacks,

    /// <summary><c>isis_attacks</c>: ISIS attacks.</summary>
    IsisAttacks,
}
