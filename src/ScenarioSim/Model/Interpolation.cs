namespace ScenarioSim.Model;

/// <summary>How troop numbers move between schedule breakpoints.</summary>
public enum Interpolation
{
    /// <summary>A straight line between breakpoints (YAML <c>linear</c>, the default).</summary>
    Linear,

    /// <summary>A value holds until the next breakpoint's date (YAML <c>step</c>).</summary>
    Step,
}
