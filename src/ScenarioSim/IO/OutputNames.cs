using System.Text;

namespace ScenarioSim.IO;

/// <summary>
/// The names the output layer gives the files beside a destination <c>NAME</c>: its lock
/// <c>.NAME.scenariosim.lock</c>, a set or file being written <c>.NAME.scenariosim-new.RANDOM</c>, a
/// replaced set on its way out <c>.NAME.scenariosim-old.RANDOM</c>; and inside a directory set, its
/// manifest <c>.scenariosim-output</c>. Also the file names outputs have had, which make a directory
/// written before manifests existed recognisable as an output set.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OutputNames
{
    /// <summary>The manifest of a directory set: the files of the set, one per line, written with them.</summary>
    public const string Manifest = ".scenariosim-output";

    /// <summary>The longest destination name, in UTF-8 bytes: the names beside it add up to 40 bytes to it, within the usual 255.</summary>
    public const int MaxNameBytes = 200;

    /// <summary>The longest full destination path, in UTF-8 bytes, leaving room within Linux's 4,096 for the names beside it.</summary>
    public const int MaxPathBytes = 4000;

    /// <summary>
    /// The HTML report's default name in an output directory (ScenarioSim.Reporting's
    /// <c>ReportSources.DefaultFileName</c>; the core does not reference the reporting assembly).
    /// </summary>
    public const string ReportFileName = "report.html";

    private const string Infix = ".scenariosim";

    /// <summary>
    /// The names of every file a verb writes into its <c>--out</c> directory: an existing directory holding only
    /// these (and a manifest's files) is an output set that may be replaced. Spelled out rather than taken from
    /// the writers' constants, because this layer sits below them; a test pins the two to each other.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownOutputs = new HashSet<string>(StringComparer.Ordinal)
    {
        "summary.json", "metrics.csv", "series.csv",
        "uncertainty.csv", "convergence.csv",
        "compare.json", "compare.csv",
        "sweep.csv", "sensitivity.json",
        "calibration.json", "fitted.yaml", "fit.csv",
        "fitted-uncertain.yaml", "conditioning.json",
        "backtest.json", "backtest.csv",
        ReportFileName,
    };

    /// <summary>The lock file of destination <paramref name="name"/>.</summary>
    public static string Lock(string name) => $".{name}{Infix}.lock";

    /// <summary>A fresh name for a new set or file of destination <paramref name="name"/>.</summary>
    public static string New(string name) => $".{name}{Infix}-new.{Random()}";

    /// <summary>A fresh name for the replaced set of destination <paramref name="name"/>.</summary>
    public static string Old(string name) => $".{name}{Infix}-old.{Random()}";

    /// <summary>True for a replaced set of <paramref name="name"/> (<see cref="Old"/>).</summary>
    public static bool IsOld(string entry, string name) => entry.StartsWith($".{name}{Infix}-old.", StringComparison.Ordinal);

    /// <summary>
    /// True for what a writer of <paramref name="name"/> leaves only while it runs: a new or replaced set
    /// (<see cref="New"/>, <see cref="Old"/>), or a temporary file of earlier versions (<c>.NAME.xxxxxxxx.xxx.tmp</c>).
    /// </summary>
    public static bool IsStray(string entry, string name)
    {
        if (entry.StartsWith($".{name}{Infix}-", StringComparison.Ordinal))
        {
            return true;
        }

        // Earlier versions: "." + name + "." + Path.GetRandomFileName() (8.3) + ".tmp".
        string prefix = $".{name}.";
        return entry.Length == prefix.Length + 12 + 4
            && entry.StartsWith(prefix, StringComparison.Ordinal)
            && entry.EndsWith(".tmp", StringComparison.Ordinal)
            && entry[prefix.Length + 8] == '.';
    }

    /// <summary>True for a temporary file of earlier versions inside a directory set.</summary>
    public static bool IsLegacyTemporary(string entry) =>
        entry.StartsWith('.') && entry.EndsWith(".tmp", StringComparison.Ordinal);

    /// <summary>The length of <paramref name="text"/> in UTF-8 bytes.</summary>
    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Random() => Path.GetRandomFileName().Replace(".", string.Empty, StringComparison.Ordinal);
}
