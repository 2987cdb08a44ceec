namespace ScenarioSim.Analysis;

/// <summary>
/// One parameter's Sobol' indices. <see cref="S1"/>, the first-order index, is the share of the output
/// variance the parameter explains alone; <see cref="ST"/>, the total-effect index, the share that
/// would remain if every other parameter were known (its own effect plus all its interactions).
/// ST ≥ S1 in theory; estimates can break that, or fall slightly below 0, by sampling error.
/// </summary>
/// <param name="Parameter">The parameter's override path.</param>
/// <param name="S1">First-order index (Saltelli et al. 2010 estimator).</param>
/// <param name="S1Ci95Low">Lower end of the bootstrap 95% percentile interval of S1.</param>
/// <param name="S1Ci95High">Upper end of that interval.</param>
/// <param name="S1Se">Bootstrap standard error of S1.</param>
/// <param name="ST">Total-effect index (Jansen 1999 estimator).</param>
/// <param name="STCi95Low">Lower end of the bootstrap 95% percentile interval of ST.</param>
/// <param name="STCi95High">Upper end of that interval.</param>
/// <param name="STSe">Bootstrap standard error of ST.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SobolIndex(
    string Parameter,
    double S1, double S1Ci95Low, double S1Ci95High, double S1Se,
    double ST, double STCi95Low, double STCi95High, double STSe);
