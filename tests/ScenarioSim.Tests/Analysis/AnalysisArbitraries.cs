using FsCheck;
using FsCheck.Fluent;

namespace ScenarioSim.Tests.Analysis;

/// <summary>FsCheck generators for the analysis properties, in one place.</summary>
public static class AnalysisArbitraries
{
    /// <summary>Design sizes: mostly small, with the edge of one point and a few large designs.</summary>
    public static Arbitrary<DesignSize> DesignSizes()
    {
        Gen<int> points = Gen.Frequency((6, Gen.Choose(1, 40)), (2, Gen.Choose(41, 500)), (1, Gen.Constant(1)));
        Gen<DesignSize> size =
            from n in points
            from d in Gen.Choose(1, 8)
            from seed in ArbMap.Default.GeneratorFor<ulong>()
            select new DesignSize(n, d, seed);
        return size.ToArbitrary();
    }
}
