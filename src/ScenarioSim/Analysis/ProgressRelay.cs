using ScenarioSim.Engine;

namespace ScenarioSim.Analysis;

/// <summary>
/// Forwards progress synchronously, unlike <see cref="Progress{T}"/>, which posts to a synchronisation
/// context: analyses report from worker threads and the receiver keeps only the furthest count.
/// </summary>
internal sealed class ProgressRelay(Action<RunProgress> report) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => report(value);

    /// <summary>Reports a part's progress as progress over a whole of <paramref name="total"/>, the part starting at <paramref name="offset"/>.</summary>
    public static IProgress<RunProgress>? Offset(IProgress<RunProgress>? whole, long offset, long total) =>
        whole is null
            ? null
            : new ProgressRelay(p => whole.Report(new RunProgress(Clamp(offset + p.CompletedReplications), Clamp(total))));

    /// <summary>Reports completed units (points, replications) out of <paramref name="total"/>.</summary>
    public static void Completed(IProgress<RunProgress>? progress, long completed, long total) =>
        progress?.Report(new RunProgress(Clamp(completed), Clamp(total)));

    private static int Clamp(long value) => (int)Math.Min(int.MaxValue, value);
}
