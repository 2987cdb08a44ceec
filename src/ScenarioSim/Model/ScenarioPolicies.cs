namespace ScenarioSim.Model;

/// <summary>Policy feedback rules (the YAML <c>policies:</c> block).</summary>
public sealed record ScenarioPolicies
{
    /// <summary>Pause every force's schedule when militia attacks run high; <see langword="null"/> means never.</summary>
    public PauseDrawdownPolicy? PauseDrawdown { get; init; }
}
