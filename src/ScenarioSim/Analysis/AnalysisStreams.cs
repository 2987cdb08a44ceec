using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Analysis;

/// <summary>
/// Random streams for the analyses' own draws (Latin hypercube permutations, Morris trajectories,
/// bootstrap resamples), keyed like the engine's by (seed, 0, component) with components named
/// <c>analysis/…</c>, which no model component uses: a design never shares draws with a replication.
/// </summary>
internal static class AnalysisStreams
{
    public const string LatinHypercube = "analysis/latin-hypercube";
    public const string Morris = "analysis/morris";
    public const string Bootstrap = "analysis/bootstrap";

    /// <summary>The nearly orthogonal Latin hypercube search's shuffles and shakes (keyed by block, not by the run seed).</summary>
    public const string Nolh = "analysis/nolh";

    public static Xoshiro256StarStar Create(ulong seed, string component) =>
        StreamKey.Create(seed, 0, StreamKey.ForComponent(component));

    /// <summary>The seed a run of <paramref name="scenario"/> with <paramref name="options"/> uses: the option's, else the scenario's, else the default.</summary>
    public static ulong ResolveSeed(Scenario scenario, RunOptions? options) =>
        options?.Seed ?? scenario.Run.Seed ?? ModelDefaults.Seed;

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>).</summary>
    public static int NextIndex(ref Xoshiro256StarStar rng, int exclusiveMax) => (int)rng.NextBelow((ulong)exclusiveMax);

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates, from the last position down).</summary>
    public static void Shuffle(ref Xoshiro256StarStar rng, int[] values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = NextIndex(ref rng, i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
