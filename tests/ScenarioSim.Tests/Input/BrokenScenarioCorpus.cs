using System.Globalization;
using System.Text;

namespace ScenarioSim.Tests.Input;

/// <summary>
/// Generates broken scenarios from one valid scenario that uses every block: each case applies one to
/// three mutations a hostile or careless user might make (values swapped for NaN, huge, negative or
/// non-numbers, structural characters inserted, lines deleted, duplicated, swapped or re-indented,
/// deep nesting, aliases, distributions with bad parameters, control characters, truncation). The
/// same seed gives the same corpus.
/// </summary>
internal sealed class BrokenScenarioCorpus(int seed)
{
    /// <summary>A valid scenario touching regions, forces, slips, escalation, militia, ISIS, events, policies, uncertain parameters, correlations and report.</summary>
    public const string Valid = """
        name: corpus
        start: 2024-09-01
        end: 2025-06-30
        run: { replications: 50, seed: 7 }
        regions:
          - id: baghdad
            militia: { base_rate: 0.0072, exposure_ref: 1000, exposure_elasticity: 0.5 }
            isis: { activity_share: 0.03, governance_gap: 1.0 }
          - id: anbar
            militia: { base_rate: { dist: triangular, min: 0.01, mode: 0.0144, max: 0.03 }, exposure_ref: 1000, exposure_elasticity: 0.5 }
            isis: { activity_share: 0.05, governance_gap: 1.0 }
        forces:
          - contingent: us
            region: anbar
            interpolation: linear
            slip_days: { dist: uniform, min: 0, max: 30 }
            schedule:
              - { date: 2024-09-01, troops: 900 }
              - { date: 2025-03-30, troops: 0 }
          - contingent: us
            region: baghdad
            interpolation: step
            schedule:
              - { date: 2024-09-01, troops: 700 }
        escalation:
          initial: tension
          states:
            calm:     { mean_duration_days: 240, next: { tension: 1.0 }, militia_multiplier: 0.1 }
            tension:  { mean_duration_days: 120, next: { calm: 0.7, conflict: 0.3 }, militia_multiplier: 1.0 }
            conflict: { mean_duration_days: 90, next: { tension: 1.0 }, militia_multiplier: 16.0 }
        militia:
          casualties: { p_fatal: { dist: beta, alpha: 2, beta: 300 }, extra_deaths_mean: 1.0 }
          hawkes: { alpha: 0.018, decay_days: 21 }
        isis:
          initial_fighters: 3000
          recruitment_rate: { dist: lognormal, mu: -6.9, sigma: 0.3 }
          isf_capacity: { start: 0.6, max: 0.8, growth_per_year: 0.05 }
          coalition_enabler: { weight: 0.4, troops_ref: 3400 }
          resurgence_threshold: 5000
        events:
          - name: shock
            window: { from: 2024-10-01, to: 2025-02-01 }
            probability: 0.5
            effects:
              - { target: militia.base_rate, multiply: 2, region: anbar, duration_days: 30 }
              - { target: escalation, set_state: conflict }
        policies:
          pause_drawdown: { when_militia_attacks_30d_above: 10, pause_days: 30 }
        correlations:
          - { between: [regions.anbar.militia.base_rate, militia.casualties.p_fatal], rank: 0.4 }
        report:
          thresholds:
            militia_attacks_total: [100]
        """;

    private static readonly string[] Values =
    [
        ".nan", ".NaN", "-.inf", ".inf", "-1", "-0", "0", "1e308", "-1e308", "1e-320", "99999999999999999999", "2147483648",
        "-2147483649", "abc", "~", "null", "''", "[]", "{}", "[1, 2]", "{ a: 1 }", "0x10", "1_000", "true", "2024-13-45",
        "{ dist: beta, alpha: .nan, beta: 1 }", "{ dist: normal, mean: 0, sd: -1 }", "{ dist: lognormal, mu: 1e308, sigma: 1e308 }",
        "{ dist: beta, alpha: 1e-300, beta: 1e300 }", "{ dist: triangular, min: 3, mode: 1, max: 2 }", "{ dist: uniform, min: .nan, max: 1 }",
        "{ dist: fixed, value: -5 }", "{ dist: nope }", "{ dist: beta, alpha: 2, beta: 2, min: 1, max: 0 }", "*nothing", "&a 1",
        "!!binary aGVsbG8=", "\"\\u0000\"", "|\n  block", "? complex\n: key",
    ];

    private static readonly string[] Structural = ["[", "]", "{", "}", ":", ",", "-", "#", "&", "*", "!", "|", ">", "'", "\"", "\n", " ", "\t", "%", "@", "`", "?", "<<: *a\n"];

    private static readonly string[] Controls = ["\0", "\u2028", "\u0085", "\f", "\v", "\r", "\uFEFF", "\uD800"];

    private readonly Random _random = new(seed);

    /// <summary>The next broken (or, by chance, still valid) scenario text.</summary>
    public string Next()
    {
        string text = Valid;
        int mutations = 1 + _random.Next(3);
        for (int m = 0; m < mutations; m++)
        {
            text = Mutate(text);
        }

        return text;
    }

    private string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        int line = _random.Next(lines.Count);
        int at = _random.Next(text.Length + 1);
        switch (_random.Next(12))
        {
            case 0:
            case 1:
                return ReplaceNumber(text);
            case 2:
                return text.Remove(at, Math.Min(text.Length - at, _random.Next(1, 40)));
            case 3:
                return text.Insert(at, Pick(Structural));
            case 4:
                lines.Insert(line, lines[_random.Next(lines.Count)]);
                return string.Join('\n', lines);
            case 5:
                int other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join('\n', lines);
            case 6:
                lines[line] = _random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                return string.Join('\n', lines);
            case 7:
                int depth = _random.Next(20, 200);
                return text.Insert(at, new string('[', depth) + "1" + new string(']', _random.Next(depth + 1)));
            case 8:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 9:
                return text.Insert(at, Pick(Controls));
            case 10:
                return text[..at];
            default:
                return "x: &a [" + string.Join(", ", Enumerable.Repeat("y", 10)) + "]\n" +
                    string.Concat(Enumerable.Range(1, _random.Next(2, 9)).Select(i => $"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10))}]\n")) + text;
        }
    }

    /// <summary>Replaces one number in the text with a hostile value.</summary>
    private string ReplaceNumber(string text)
    {
        var numbers = new List<(int Start, int Length)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]) && text[i - 1] is not '-' and not '.'))
            {
                int end = i;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or 'e' or '-'))
                {
                    end++;
                }

                numbers.Add((i, end - i));
                i = end;
            }
        }

        if (numbers.Count == 0)
        {
            return text;
        }

        var (start, length) = numbers[_random.Next(numbers.Count)];
        return new StringBuilder(text).Remove(start, length).Insert(start, Pick(Values)).ToString();
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];

    /// <summary>The seed of a case, for the message when one fails.</summary>
    public static string Describe(int seed, int index) => string.Create(CultureInfo.InvariantCulture, $"corpus seed {seed}, case {index}");
}
