using FsCheck;
using FsCheck.Fluent;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Engine;

/// <summary>FsCheck generators of valid scenarios, kept in one place.</summary>
public static class ScenarioGenerators
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>The arbitrary FsCheck uses for <see cref="Scenario"/> parameters.</summary>
    public static Arbitrary<Scenario> Scenario() => ScenarioGen.ToArbitrary();

    private static Gen<double> Fraction(int steps = 1000) => Gen.Choose(0, steps).Select(x => x / (double)steps);

    private static Gen<ForceDeployment> Force(string region, int days) =>
        from count in Gen.Choose(1, 3)
        from offsets in Gen.Choose(0, days).ArrayOf(count)
        from troops in Gen.Choose(0, 3000).ArrayOf(count)
        from step in Gen.Elements(Interpolation.Linear, Interpolation.Step)
        from slip in Gen.Choose(0, 40)
        from hasSlip in Gen.Elements(true, false)
        select new ForceDeployment
        {
            Contingent = "us",
            Region = region,
            Interpolation = step,
            Schedule = offsets.Distinct().Order().Select((o, i) => new ScheduleBreakpoint(Start.AddDays(o - 10), troops[i])).ToArray(),
            SlipDays = hasSlip ? Distribution.Triangular(0, slip / 2.0, slip) : null,
        };

    private static Gen<Region> RegionGen(int index) =>
        from rate in Fraction().Select(x => x * 3)
        from hasMilitia in Gen.Elements(true, true, false)
        from share in Fraction()
        select new Region
        {
            Id = "r" + index,
            Militia = hasMilitia ? new RegionMilitia { BaseRate = rate } : null,
            Isis = new RegionIsis { ActivityShare = share },
        };

    private static readonly Gen<Scenario> ScenarioGen =
        from days in Gen.Choose(20, 200)
        from regionCount in Gen.Choose(1, 3)
        from regions in Gen.CollectToArray(Enumerable.Range(0, regionCount), RegionGen)
        from forces in Gen.CollectToArray(Enumerable.Range(0, regionCount), r => Force("r" + r, days))
        from pFatal in Fraction()
        from alpha in Fraction().Select(x => x * 0.15)
        from decay in Gen.Choose(2, 6)
        from hasHawkes in Gen.Elements(true, false)
        from hasIsis in Gen.Elements(true, false)
        from fighters in Gen.Choose(0, 8000)
        from pause in Gen.Choose(0, 30)
        select new Scenario
        {
            Name = "generated",
            Start = Start,
            End = Start.AddDays(days - 1),
            Regions = regions,
            Forces = forces,
            Militia = new MilitiaModel
            {
                Casualties = new Casualties { PFatal = pFatal },
                Hawkes = hasHawkes ? new HawkesExcitation(alpha, decay) : null,
            },
            Isis = hasIsis ? new IsisModel { InitialFighters = fighters } : null,
            Policies = new ScenarioPolicies { PauseDrawdown = pause > 0 ? new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = pause, PauseDays = pause } : null },
        };
}
