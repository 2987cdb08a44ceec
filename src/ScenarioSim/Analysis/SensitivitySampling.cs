namespace ScenarioSim.Analysis;

/// <summary>How the two base matrices A and B of a Saltelli design are drawn.</summary>
public enum SensitivitySampling
{
    /// <summary>
    /// The first 2k dimensions of the unscrambled Sobol' sequence (origin skipped): A takes dimensions
    /// 1…k, B dimensions k+1…2k. Quasi-random: the estimates converge close to 1/N rather than 1/√N.
    /// Up to <see cref="SobolSequence.MaxDimensions"/>/2 parameters.
    /// </summary>
    SobolSequence,

    /// <summary>A Latin hypercube of N points in 2k dimensions, split as for <see cref="SobolSequence"/>; any number of parameters.</summary>
    LatinHypercube,
}
