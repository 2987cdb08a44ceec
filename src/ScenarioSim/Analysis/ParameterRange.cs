using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ScenarioSim.Analysis;

/// <summary>
/// A numeric scenario parameter to vary and its range: the <c>--param path=lo:hi[:steps]</c> of the
/// <c>sweep</c> and <c>sensitivity</c> verbs. <see cref="Path"/> is an override path exactly as
/// <c>--set</c> takes it (<c>regions.anbar.militia.base_rate</c>); whether it names a parameter is
/// decided by the scenario loader when the scenario is instantiated.
/// </summary>
/// <param name="Path">The override path, e.g. <c>isis.recruitment_rate</c>.</param>
/// <param name="Low">The lower end of the range.</param>
/// <param name="High">The upper end of the range (≥ <paramref name="Low"/>).</param>
/// <param name="Steps">Grid points for a full-grid sweep (≥ 1; both ends included when ≥ 2); <see langword="null"/> when not given.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParameterRange(string Path, double Low, double High, int? Steps = null)
{
    /// <summary>The syntax, for messages.</summary>
    public const string Syntax = "path=lo:hi[:steps]";

    /// <summary>
    /// Parses <c>path=lo:hi</c> or <c>path=lo:hi:steps</c>: numbers in the invariant culture, finite,
    /// <c>lo ≤ hi</c>, <c>steps</c> a whole number ≥ 1.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="range">The range, when the text is valid.</param>
    /// <param name="error">What is wrong and what is allowed, when it is not.</param>
    /// <returns>True when the text is a valid range.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out ParameterRange? range, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        range = null;
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || string.IsNullOrWhiteSpace(text[..equals]))
        {
            error = $"--param expects {Syntax} (e.g. isis.recruitment_rate=0.0008:0.0012:5), but was '{text}'";
            return false;
        }

        string path = text[..equals].Trim();
        string[] parts = text[(equals + 1)..].Split(':');
        if (parts.Length is < 2 or > 3)
        {
            error = $"--param {path}: expected lo:hi or lo:hi:steps after '=', but was '{text[(equals + 1)..]}'";
            return false;
        }

        if (!TryParseFinite(parts[0], out double low) || !TryParseFinite(parts[1], out double high))
        {
            error = $"--param {path}: lo and hi must be finite numbers (invariant culture, e.g. 0.0012), but were '{parts[0]}' and '{parts[1]}'";
            return false;
        }

        if (low > high)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"--param {path}: lo must be <= hi, but was {low} > {high}");
            return false;
        }

        int? steps = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || parsed < 1)
            {
                error = $"--param {path}: steps must be a whole number >= 1, but was '{parts[2]}'";
                return false;
            }

            steps = parsed;
        }

        range = new ParameterRange(path, low, high, steps);
        error = null;
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>, throwing on invalid text.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a valid range; the message says why.</exception>
    public static ParameterRange Parse(string text) =>
        TryParse(text, out var range, out string? error) ? range : throw new FormatException(error);

    /// <summary>The value at <paramref name="unit"/> ∈ [0, 1] of the range: <c>Low + unit · (High − Low)</c>, exactly <see cref="High"/> at 1.</summary>
    /// <param name="unit">Position in the range, 0 at <see cref="Low"/> and 1 at <see cref="High"/>.</param>
    /// <returns>The parameter value.</returns>
    public double At(double unit) => unit >= 1 ? High : Low + (unit * (High - Low));

    /// <summary>The <c>path=value</c> override that sets this parameter to <paramref name="value"/> (shortest round-trip form).</summary>
    /// <param name="value">The parameter value.</param>
    /// <returns>The override text, as <c>--set</c> takes it.</returns>
    public string Override(double value) => $"{Path}={value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>Formats the range as <c>--param</c> takes it: <c>path=lo:hi</c> or <c>path=lo:hi:steps</c>, numbers in shortest round-trip form.</summary>
    /// <returns>The text <see cref="Parse"/> reads back as this range.</returns>
    public override string ToString() =>
        Steps is { } steps
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}={Low:R}:{High:R}:{steps}")
            : string.Create(CultureInfo.InvariantCulture, $"{Path}={Low:R}:{High:R}");

    private static bool TryParseFinite(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
