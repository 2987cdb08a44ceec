using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>The precision a batched run aims for: <c>--target-se metric=value</c>.</summary>
/// <param name="Metric">The metric whose Monte Carlo standard error is watched.</param>
/// <param name="StandardError">The standard error to get below (&gt; 0, in the metric's unit).</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ConvergenceTarget(string Metric, double StandardError)
{
    /// <summary>Parses <c>metric=value</c>: a known metric and a finite standard error &gt; 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="target">The target, when valid.</param>
    /// <param name="error">What is wrong and what is allowed, when not.</param>
    /// <returns>True when the text is a valid target.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out ConvergenceTarget? target, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        target = null;
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            error = $"--target-se expects metric=value (e.g. militia_attacks_total=2), but was '{text}'";
            return false;
        }

        string metric = text[..equals].Trim();
        if (!MetricNames.All.Contains(metric, StringComparer.Ordinal))
        {
            error = $"--target-se: unknown metric '{metric}'; known metrics: {string.Join(", ", MetricNames.All)}";
            return false;
        }

        string valueText = text[(equals + 1)..].Trim();
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value <= 0)
        {
            error = $"--target-se {metric}: the standard error must be a finite number > 0, but was '{valueText}'";
            return false;
        }

        target = new ConvergenceTarget(metric, value);
        error = null;
        return true;
    }
}
