using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>The simulated-moments fit of ISIS parameters.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record IsisFitResult
{
    /// <summary>The estimates in <c>--fit</c> order; intervals are Wald intervals on the optimiser's scale, mapped back.</summary>
    public required IReadOnlyList<ParameterEstimate> Parameters { get; init; }

    /// <summary>The minimised criterion <c>J = Σ_j (y_j − m_j)² / v_j</c> at the estimate (second-step weights).</summary>
    public required double Objective { get; init; }

    /// <summary>Replications per candidate (the same replications, with the same seed, for every candidate).</summary>
    public required int Replications { get; init; }

    /// <summary>The seed shared by every candidate.</summary>
    public required ulong Seed { get; init; }

    /// <summary>ISIS rows (moments) used.</summary>
    public required int Rows { get; init; }

    /// <summary>The scenario with the estimates applied.</summary>
    public required Scenario Fitted { get; init; }

    /// <summary>Things a reader must know.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
