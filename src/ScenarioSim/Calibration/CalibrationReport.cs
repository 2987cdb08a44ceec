using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>Everything a calibration produced: the fits, the fitted scenario and its predictive checks.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record CalibrationReport
{
    /// <summary>The scenario as loaded (the starting values).</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The observations.</summary>
    public required ObservationSet Data { get; init; }

    /// <summary>The parameters that were fitted, in <c>--fit</c> order.</summary>
    public required IReadOnlyList<FitParameter> Parameters { get; init; }

    /// <summary>The likelihood fit of the militia parameters, if any were given.</summary>
    public MilitiaFitResult? Militia { get; init; }

    /// <summary>The simulated-moments fit of the ISIS parameters, if any were given.</summary>
    public IsisFitResult? Isis { get; init; }

    /// <summary>The scenario with every estimate applied.</summary>
    public required Scenario Fitted { get; init; }

    /// <summary>Every observed row against the fitted scenario's simulated counts.</summary>
    public required IReadOnlyList<PredictiveCheck> Checks { get; init; }

    /// <summary>Replications used for the checks (and the moments).</summary>
    public required int Replications { get; init; }

    /// <summary>The seed of every simulation.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The fitted values as override-file entries: the shared multiplier becomes each region's rate.</summary>
    public IReadOnlyList<(string Path, double Value)> Overrides
    {
        get
        {
            var apart = FitParameter.FittedApart(Parameters);
            var estimates = (Militia?.Parameters ?? []).Concat(Isis?.Parameters ?? []).ToDictionary(e => e.Path, e => e.Estimate, StringComparer.Ordinal);
            return Parameters.SelectMany(p => p.Target.Overrides(estimates[p.Path], Scenario, apart)).ToArray();
        }
    }

    /// <summary>Every estimate, in <c>--fit</c> order.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates =>
        Parameters.Select(p => (Militia?.Parameters ?? []).Concat(Isis?.Parameters ?? []).First(e => e.Path == p.Path)).ToArray();
}
