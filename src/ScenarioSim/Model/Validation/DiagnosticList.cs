using System.Globalization;
using ScenarioSim.Diagnostics;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// Collects diagnostics and holds the message templates for numeric rules, so every rule words its
/// message the same way: <c>path must be &gt;= 0, but was -1.5</c>.
/// </summary>
internal sealed class DiagnosticList
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Formats a number in invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date as ISO <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Add(string path, string message) => _items.Add(new Diagnostic(path, message));

    /// <summary>True when finite; otherwise reports it.</summary>
    public bool Finite(string path, double value)
    {
        if (double.IsFinite(value))
        {
            return true;
        }

        Add(path, $"{path} must be a finite number, but was {Number(value)}");
        return false;
    }

    public bool AtLeast(string path, double value, double minimum)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value < minimum)
        {
            Add(path, $"{path} must be >= {Number(minimum)}, but was {Number(value)}");
            return false;
        }

        return true;
    }

    public bool Positive(string path, double value) => Above(path, value, 0);

    /// <summary>True when finite and greater than <paramref name="minimum"/>; otherwise reports it.</summary>
    public bool Above(string path, double value, double minimum)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value <= minimum)
        {
            Add(path, $"{path} must be > {Number(minimum)}, but was {Number(value)}");
            return false;
        }

        return true;
    }

    /// <summary>True when finite and at most <paramref name="maximum"/>; otherwise reports it.</summary>
    public bool AtMost(string path, double value, double maximum)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value > maximum)
        {
            Add(path, $"{path} must be <= {Number(maximum)}, but was {Number(value)}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="value"/> obeys a parameter's range (docs/model.md, section 11): −∞ and +∞
    /// mean no bound on that side; otherwise reports it, worded as <see cref="AtLeast"/>, <see cref="Above"/>,
    /// <see cref="AtMost"/> or <see cref="Between"/> word it.
    /// </summary>
    public bool InRange(string path, double value, double lower, bool lowerExclusive, double upper)
    {
        bool hasLower = !double.IsNegativeInfinity(lower);
        bool hasUpper = !double.IsPositiveInfinity(upper);
        return (hasLower, hasUpper) switch
        {
            (false, false) => Finite(path, value),
            (false, true) => AtMost(path, value, upper),
            (true, false) => lowerExclusive ? Above(path, value, lower) : AtLeast(path, value, lower),
            _ => lowerExclusive ? Above(path, value, lower) && AtMost(path, value, upper) : Between(path, value, lower, upper),
        };
    }

    public bool Between(string path, double value, double minimum, double maximum)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value < minimum || value > maximum)
        {
            Add(path, $"{path} must be between {Number(minimum)} and {Number(maximum)}, but was {Number(value)}");
            return false;
        }

        return true;
    }

    public bool NotEmpty(string path, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(path, $"{path} must not be empty");
        return false;
    }
}
