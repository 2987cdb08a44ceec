namespace ScenarioSim.ScaleOut;

/// <summary>
/// One thing every partial of a merge must agree on, such as the seed: how to read it from a partial's
/// stamp, how messages show it, and what the refusal says when partials differ in it, e.g.
/// <c>partials use different seeds: 1 (a) and 2 (b)</c>.
/// </summary>
/// <typeparam name="T">The stamp (or partial) the field is read from.</typeparam>
/// <param name="Phrase">The refusal's verb phrase after "partials", e.g. <c>use different seeds</c>.</param>
/// <param name="Key">The value compared; partials with equal keys agree.</param>
/// <param name="Show">The value as messages show it.</param>
internal sealed record StampField<T>(string Phrase, Func<T, object?> Key, Func<T, string> Show);
