using System.Globalization;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// What a fit path changes in a <see cref="Scenario"/>, with the parameter's natural bounds. Supported
/// paths: <c>regions.ID.militia.{base_rate, exposure_elasticity, exposure_ref}</c>,
/// <c>regions.*.militia.base_rate</c> (one shared multiplier), <c>escalation.states.S.{militia_multiplier,
/// mean_duration_days}</c>, <c>militia.hawkes.{alpha, decay_days}</c>, <c>isis.NAME</c> for the pool's
/// numbers and <c>regions.ID.isis.{activity_share, governance_gap}</c>.
/// </summary>
internal sealed record ParameterTarget(string Path, string Field, string? Name, FitComponent Component, double NaturalLower, double NaturalUpper, bool IsWholeNumber)
{
    public const string SharedBaseRate = "regions.*.militia.base_rate";

    private static readonly string[] IsisFields =
    [
        "initial_fighters", "carrying_capacity", "recruitment_rate", "attrition_base", "attrition_ct",
        "attacks_per_1000_fighters_per_day", "isf_capacity.start", "isf_capacity.max", "isf_capacity.growth_per_year",
        "coalition_enabler.weight", "coalition_enabler.troops_ref",
    ];

    /// <summary>The supported path forms, for messages.</summary>
    public static string SupportedForms =>
        "regions.ID.militia.base_rate, regions.*.militia.base_rate (one shared multiplier), regions.ID.militia.exposure_elasticity, " +
        "regions.ID.militia.exposure_ref, escalation.states.STATE.militia_multiplier, escalation.states.STATE.mean_duration_days, " +
        "militia.hawkes.alpha, militia.hawkes.decay_days, isis.{" + string.Join(", ", IsisFields) + "}, " +
        "regions.ID.isis.activity_share, regions.ID.isis.governance_gap";

    public bool IsSharedMultiplier => Field == "shared_base_rate";

    /// <summary>Resolves <paramref name="path"/> in <paramref name="scenario"/>; null and a message when it cannot be fitted.</summary>
    public static ParameterTarget? Resolve(string path, Scenario scenario, out string? problem)
    {
        problem = null;
        string[] parts = path.Split('.');
        if (path == SharedBaseRate)
        {
            if (!scenario.Regions.Any(r => r.Militia is not null))
            {
                problem = "the scenario has no region with a militia block";
                return null;
            }

            return new ParameterTarget(path, "shared_base_rate", null, FitComponent.Militia, 0, double.PositiveInfinity, false);
        }

        if (parts.Length == 4 && parts[0] == "regions")
        {
            var region = scenario.Regions.FirstOrDefault(r => r.Id == parts[1]);
            if (region is null)
            {
                problem = $"the scenario has no region '{parts[1]}' (it has {string.Join(", ", scenario.Regions.Select(r => $"'{r.Id}'"))})";
                return null;
            }

            switch (parts[2], parts[3])
            {
                case ("militia", "base_rate" or "exposure_elasticity" or "exposure_ref") when region.Militia is null:
                    problem = $"region '{region.Id}' has no militia block";
                    return null;
                case ("militia", "base_rate"):
                    return new(path, "base_rate", region.Id, FitComponent.Militia, 0, double.PositiveInfinity, false);
                case ("militia", "exposure_elasticity"):
                    return new(path, "exposure_elasticity", region.Id, FitComponent.Militia, 0, double.PositiveInfinity, false);
                case ("militia", "exposure_ref"):
                    return new(path, "exposure_ref", region.Id, FitComponent.Militia, 0, double.PositiveInfinity, false);
                case ("isis", "activity_share" or "governance_gap") when region.Isis is null:
                    problem = $"region '{region.Id}' has no isis block";
                    return null;
                case ("isis", "activity_share" or "governance_gap"):
                    return new(path, parts[3], region.Id, FitComponent.Isis, 0, double.PositiveInfinity, false);
            }
        }

        if (parts.Length == 4 && parts[0] == "escalation" && parts[1] == "states")
        {
            if (scenario.Escalation is null)
            {
                problem = "the scenario has no escalation block";
                return null;
            }

            if (scenario.Escalation.States.All(s => s.Name != parts[2]))
            {
                problem = $"the escalation chain has no state '{parts[2]}' (it has {string.Join(", ", scenario.Escalation.States.Select(s => $"'{s.Name}'"))})";
                return null;
            }

            switch (parts[3])
            {
                case "militia_multiplier":
                    return new(path, parts[3], parts[2], FitComponent.Militia, 0, double.PositiveInfinity, false);
                case "mean_duration_days" when scenario.Escalation.States.First(s => s.Name == parts[2]).MeanDurationDays is null:
                    problem = $"state '{parts[2]}' has no mean_duration_days (it is never left)";
                    return null;
                case "mean_duration_days":
                    return new(path, parts[3], parts[2], FitComponent.Militia, 1, double.PositiveInfinity, false);
            }
        }

        if (path is "militia.hawkes.alpha" or "militia.hawkes.decay_days")
        {
            if (scenario.Militia.Hawkes is null)
            {
                problem = "the scenario has no militia.hawkes block";
                return null;
            }

            return new(path, parts[2], null, FitComponent.Militia, 0, double.PositiveInfinity, false);
        }

        if (parts[0] == "isis" && IsisFields.Contains(string.Join('.', parts[1..])))
        {
            if (scenario.Isis is null)
            {
                problem = "the scenario has no isis block";
                return null;
            }

            string field = string.Join('.', parts[1..]);
            double upper = field == "attrition_base" ? 1 : double.PositiveInfinity;
            return new(path, field, null, FitComponent.Isis, 0, upper, field == "initial_fighters");
        }

        problem = $"'{path}' cannot be fitted; the paths that can are {SupportedForms}";
        return null;
    }

    /// <summary>The parameter's value in <paramref name="scenario"/> (1 for the shared multiplier).</summary>
    public double Read(Scenario scenario)
    {
        var region = Name is null ? null : scenario.Regions.FirstOrDefault(r => r.Id == Name);
        var state = Name is null ? null : scenario.Escalation?.States.FirstOrDefault(s => s.Name == Name);
        var isis = scenario.Isis;
        return Field switch
        {
            "shared_base_rate" => 1.0,
            "base_rate" => region!.Militia!.BaseRate,
            "exposure_elasticity" => region!.Militia!.ExposureElasticity,
            "exposure_ref" => region!.Militia!.ExposureRef,
            "activity_share" => region!.Isis!.ActivityShare,
            "governance_gap" => region!.Isis!.GovernanceGap,
            "militia_multiplier" => state!.MilitiaMultiplier,
            "mean_duration_days" => state!.MeanDurationDays ?? double.NaN,
            "alpha" => scenario.Militia.Hawkes!.Alpha,
            "decay_days" => scenario.Militia.Hawkes!.DecayDays,
            "initial_fighters" => isis!.InitialFighters,
            "carrying_capacity" => isis!.CarryingCapacity,
            "recruitment_rate" => isis!.RecruitmentRate,
            "attrition_base" => isis!.AttritionBase,
            "attrition_ct" => isis!.AttritionCt,
            "attacks_per_1000_fighters_per_day" => isis!.AttacksPer1000FightersPerDay,
            "isf_capacity.start" => isis!.IsfCapacity.Start,
            "isf_capacity.max" => isis!.IsfCapacity.Max,
            "isf_capacity.growth_per_year" => isis!.IsfCapacity.GrowthPerYear,
            "coalition_enabler.weight" => isis!.CoalitionEnabler.Weight,
            "coalition_enabler.troops_ref" => isis!.CoalitionEnabler.TroopsRef,
            _ => throw new InvalidOperationException($"unknown field {Field}"),
        };
    }

    /// <summary>
    /// Returns <paramref name="scenario"/> with the parameter set to <paramref name="value"/>. The shared
    /// multiplier scales the base rate of every militia region in <paramref name="original"/> except those in
    /// <paramref name="fittedApart"/>.
    /// </summary>
    public Scenario Apply(Scenario scenario, double value, Scenario original, IReadOnlySet<string> fittedApart)
    {
        switch (Field)
        {
            case "shared_base_rate":
                return scenario with
                {
                    Regions = scenario.Regions.Select((r, i) => r.Militia is null || fittedApart.Contains(r.Id)
                        ? r
                        : r with { Militia = r.Militia with { BaseRate = original.Regions[i].Militia!.BaseRate * value } }).ToArray(),
                };
            case "base_rate" or "exposure_elasticity" or "exposure_ref":
                return WithRegion(scenario, r => r with
                {
                    Militia = Field switch
                    {
                        "base_rate" => r.Militia! with { BaseRate = value },
                        "exposure_elasticity" => r.Militia! with { ExposureElasticity = value },
                        _ => r.Militia! with { ExposureRef = value },
                    },
                });
            case "activity_share":
                return WithRegion(scenario, r => r with { Isis = r.Isis! with { ActivityShare = value } });
            case "governance_gap":
                return WithRegion(scenario, r => r with { Isis = r.Isis! with { GovernanceGap = value } });
            case "militia_multiplier" or "mean_duration_days":
                return scenario with
                {
                    Escalation = scenario.Escalation! with
                    {
                        States = scenario.Escalation.States.Select(s => s.Name != Name ? s
                            : Field == "militia_multiplier" ? s with { MilitiaMultiplier = value }
                            : s with { MeanDurationDays = value }).ToArray(),
                    },
                };
            case "alpha":
                return scenario with { Militia = scenario.Militia with { Hawkes = scenario.Militia.Hawkes! with { Alpha = value } } };
            case "decay_days":
                return scenario with { Militia = scenario.Militia with { Hawkes = scenario.Militia.Hawkes! with { DecayDays = value } } };
            default:
                return scenario with { Isis = WithIsisField(scenario.Isis!, value) };
        }
    }

    /// <summary>The <c>path: value</c> pairs that set this parameter to <paramref name="value"/> in an override file.</summary>
    public IEnumerable<(string Path, double Value)> Overrides(double value, Scenario original, IReadOnlySet<string> fittedApart)
    {
        if (!IsSharedMultiplier)
        {
            yield return (Path, IsWholeNumber ? Math.Round(value) : value);
            yield break;
        }

        foreach (var region in original.Regions.Where(r => r.Militia is not null && !fittedApart.Contains(r.Id)))
        {
            yield return ($"regions.{region.Id}.militia.base_rate", region.Militia!.BaseRate * value);
        }
    }

    public override string ToString() => Path;

    private Scenario WithRegion(Scenario scenario, Func<Region, Region> change) =>
        scenario with { Regions = scenario.Regions.Select(r => r.Id == Name ? change(r) : r).ToArray() };

    private IsisModel WithIsisField(IsisModel isis, double value) => Field switch
    {
        "initial_fighters" => isis with { InitialFighters = (int)Math.Round(value, MidpointRounding.AwayFromZero) },
        "carrying_capacity" => isis with { CarryingCapacity = value },
        "recruitment_rate" => isis with { RecruitmentRate = value },
        "attrition_base" => isis with { AttritionBase = value },
        "attrition_ct" => isis with { AttritionCt = value },
        "attacks_per_1000_fighters_per_day" => isis with { AttacksPer1000FightersPerDay = value },
        "isf_capacity.start" => isis with { IsfCapacity = isis.IsfCapacity with { Start = value } },
        "isf_capacity.max" => isis with { IsfCapacity = isis.IsfCapacity with { Max = value } },
        "isf_capacity.growth_per_year" => isis with { IsfCapacity = isis.IsfCapacity with { GrowthPerYear = value } },
        "coalition_enabler.weight" => isis with { CoalitionEnabler = isis.CoalitionEnabler with { Weight = value } },
        "coalition_enabler.troops_ref" => isis with { CoalitionEnabler = isis.CoalitionEnabler with { TroopsRef = value } },
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"unknown ISIS field {Field}")),
    };
}
