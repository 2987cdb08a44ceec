using System.Globalization;

namespace ScenarioSim.Yaml;

/// <summary>Scalar conversions shared by binding and <c>--set</c>: numbers in invariant culture, ISO dates.</summary>
internal static class YamlValues
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses a number: invariant culture, exponent allowed, <c>_</c> digit separators, YAML <c>.inf</c>/<c>.nan</c>.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        string trimmed = text.Trim();
        switch (trimmed.ToLowerInvariant())
        {
            case ".inf" or "+.inf":
                value = double.PositiveInfinity;
                return true;
            case "-.inf":
                value = double.NegativeInfinity;
                return true;
            case ".nan":
                value = double.NaN;
                return true;
        }

        if (trimmed.Contains('_', StringComparison.Ordinal) && trimmed.Length > 0 && char.IsAsciiDigit(trimmed[^1]))
        {
            trimmed = trimmed.Replace("_", string.Empty, StringComparison.Ordinal);
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a whole number that fits in an <see cref="int"/>.</summary>
    public static bool TryParseInt(string text, out int value)
    {
        value = 0;
        if (!TryParseNumber(text, out double number) || number != Math.Round(number) ||
            number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>Parses an ISO <c>yyyy-MM-dd</c> date.</summary>
    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
