using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>The maximum-likelihood fit of militia parameters.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record MilitiaFitResult
{
    /// <summary>The count distribution of the reported fit.</summary>
    public required ObservationModel Observation { get; init; }

    /// <summary><c>hawkes</c> when the scenario's intensity has self-excitation, else <c>none</c>.</summary>
    public required string Excitation { get; init; }

    /// <summary>The scenario parameters' estimates, in <c>--fit</c> order.</summary>
    public required IReadOnlyList<ParameterEstimate> Parameters { get; init; }

    /// <summary>The negative-binomial size κ, when that observation model was chosen.</summary>
    public ParameterEstimate? NegativeBinomialSize { get; init; }

    /// <summary>The maximised log-likelihood.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Fitted parameters, κ included.</summary>
    public required int ParameterCount { get; init; }

    /// <summary><c>2k − 2ℓ</c>.</summary>
    public double Aic => (2.0 * ParameterCount) - (2 * LogLikelihood);

    /// <summary>Militia rows the likelihood used.</summary>
    public required int Rows { get; init; }

    /// <summary>The scenario with the estimates applied.</summary>
    public required Scenario Fitted { get; init; }

    /// <summary>Every model that was fitted, the chosen one marked.</summary>
    public required IReadOnlyList<ModelComparison> Models { get; init; }

    /// <summary>
    /// The estimates' sampling covariance on the optimiser's scale (κ included), or <see langword="null"/> when
    /// the information matrix is not positive definite; <c>calibrate</c> turns it into <c>fitted-uncertain.yaml</c>.
    /// </summary>
    internal UnboundedCovariance? Covariance { get; init; }

    /// <summary>Things a reader must know: singular information, estimates on a bound.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
