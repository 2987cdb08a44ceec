namespace ScenarioSim.Model;

/// <summary>What is wrong with a path that <see cref="ParameterPath.TryParse"/> rejects.</summary>
internal enum PathProblem
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>An index that is not <c>[n]</c> with a whole n ≥ 0.</summary>
    BadIndex,

    /// <summary>An empty part (<c>a..b</c>, a trailing dot, an empty path).</summary>
    EmptyPart,
}
