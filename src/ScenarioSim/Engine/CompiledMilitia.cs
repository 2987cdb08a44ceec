using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The militia process in engine form (docs/model.md, section 4): per region its base rate and exposure
/// settings, the casualty model, the Hawkes excitation and the regions' streams.
/// </summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledMilitia
{
    /// <summary>Per region, whether it has a militia block.</summary>
    public required bool[] InRegion { get; init; }

    /// <summary>Indices of the regions with a militia block, which draw attacks every day.</summary>
    public required int[] Regions { get; init; }

    /// <summary>Per region, base_rate (0 without a militia block).</summary>
    public required double[] BaseRate { get; init; }

    /// <summary>Per region, exposure_ref (1 without a militia block).</summary>
    public required double[] ExposureRef { get; init; }

    /// <summary>Per region, exposure_elasticity (0 without a militia block).</summary>
    public required double[] ExposureElasticity { get; init; }

    /// <summary>p_fatal, the probability that an attack is fatal.</summary>
    public required double PFatal { get; init; }

    /// <summary>extra_deaths_mean, the mean extra deaths of a fatal attack.</summary>
    public required double ExtraDeathsMean { get; init; }

    /// <summary>ln(1 − p_fatal), for binomial inversion.</summary>
    public required double Log1mPFatal { get; init; }

    /// <summary>True when the militia has a Hawkes block.</summary>
    public required bool HasHawkes { get; init; }

    /// <summary>α, the excitation one attack adds (0 without Hawkes).</summary>
    public required double HawkesAlpha { get; init; }

    /// <summary>exp(−1/decay_days) (0 without Hawkes).</summary>
    public required double HawkesDecayFactor { get; init; }

    /// <summary>Per region, the stream key of its attacks.</summary>
    public required ulong[] Streams { get; init; }

    /// <summary>Compiles the scenario's militia process.</summary>
    /// <param name="scenario">The validated scenario.</param>
    public static CompiledMilitia Compile(Scenario scenario)
    {
        var militia = scenario.Militia;
        var regions = scenario.Regions;
        return new CompiledMilitia
        {
            InRegion = regions.Select(r => r.Militia is not null).ToArray(),
            Regions = Enumerable.Range(0, regions.Count).Where(r => regions[r].Militia is not null).ToArray(),
            BaseRate = regions.Select(r => r.Militia?.BaseRate ?? 0).ToArray(),
            ExposureRef = regions.Select(r => r.Militia?.ExposureRef ?? 1).ToArray(),
            ExposureElasticity = regions.Select(r => r.Militia?.ExposureElasticity ?? 0).ToArray(),
            PFatal = militia.Casualties.PFatal,
            ExtraDeathsMean = militia.Casualties.ExtraDeathsMean,
            Log1mPFatal = Log1P.Of(-militia.Casualties.PFatal),
            HasHawkes = militia.Hawkes is not null,
            HawkesAlpha = militia.Hawkes?.Alpha ?? 0,
            HawkesDecayFactor = militia.Hawkes is null ? 0 : ScenarioCompiler.HawkesDecayFactor(militia.Hawkes.DecayDays),
            Streams = regions.Select(r => StreamKey.ForComponent(ComponentNames.Militia(r.Id))).ToArray(),
        };
    }
}
