using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// What a fit path changes in a <see cref="Scenario"/>, with the parameter's natural bounds. Supported
/// paths: <c>regions.ID.militia.{base_rate, exposure_elasticity, exposure_ref}</c>,
/// <c>regions.*.militia.base_rate</c> (one shared multiplier), <c>escalation.states.S.{militia_multiplier,
/// mean_duration_days}</c>, <c>militia.hawkes.{alpha, decay_days}</c>, <c>isis.NAME</c> for the pool's
/// numbers and <c>regions.ID.isis.{activity_share, governance_gap}</c>. The paths are read, and the values
/// read and set, by the model's parameter table; what is calibration's own is which parameters can be
/// fitted, by which method, and within which natural bounds.
/// </summary>
internal sealed record ParameterTarget(string Path, string Field, string? Name, FitComponent Component, double NaturalLower, double NaturalUpper, bool IsWholeNumber)
{
    public const string SharedBaseRate = "regions.*.militia.base_rate";

    /// <summary>The parameters that can be fitted: by which method, within which natural bounds, in the order messages list them.</summary>
    private static readonly (ParameterField Field, FitComponent Component, double Lower, double Upper)[] FitList =
    [
        (ParameterField.RegionBaseRate, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.RegionExposureElasticity, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.RegionExposureRef, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.RegionActivityShare, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.RegionGovernanceGap, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.StateMilitiaMultiplier, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.StateMeanDuration, FitComponent.Militia, 1, double.PositiveInfinity),
        (ParameterField.HawkesAlpha, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.HawkesDecayDays, FitComponent.Militia, 0, double.PositiveInfinity),
        (ParameterField.InitialFighters, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.CarryingCapacity, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.RecruitmentRate, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.AttritionBase, FitComponent.Isis, 0, 1),
        (ParameterField.AttritionCt, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.AttacksPer1000, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.IsfStart, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.IsfMax, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.IsfGrowthPerYear, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.EnablerWeight, FitComponent.Isis, 0, double.PositiveInfinity),
        (ParameterField.EnablerTroopsRef, FitComponent.Isis, 0, double.PositiveInfinity),
    ];

    private static readonly Dictionary<ParameterField, (FitComponent Component, double Lower, double Upper)> Fittable =
        FitList.ToDictionary(f => f.Field, f => (f.Component, f.Lower, f.Upper));

    /// <summary>The supported path forms, for messages.</summary>
    public static string SupportedForms =>
        "regions.ID.militia.base_rate, regions.*.militia.base_rate (one shared multiplier), regions.ID.militia.exposure_elasticity, " +
        "regions.ID.militia.exposure_ref, escalation.states.STATE.militia_multiplier, escalation.states.STATE.mean_duration_days, " +
        "militia.hawkes.alpha, militia.hawkes.decay_days, isis.{" + string.Join(", ", IsisFields) + "}, " +
        "regions.ID.isis.activity_share, regions.ID.isis.governance_gap";

    public bool IsSharedMultiplier => Field == "shared_base_rate";

    /// <summary>The pool's fittable numbers, after <c>isis.</c>, in the order of <see cref="FitList"/>.</summary>
    private static IEnumerable<string> IsisFields =>
        FitList.Select(f => ParameterTable.Of(f.Field).Template).Where(t => t.StartsWith("isis.", StringComparison.Ordinal)).Select(t => t["isis.".Length..]);

    /// <summary>The model parameter the path names, and its list indices; null for the shared multiplier and the observation model's own parameters.</summary>
    private (ParameterDefinition Parameter, int[] Indices)? Parameter { get; init; }

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

        // The list item a path names is looked up first, so the message says what the scenario lacks.
        if (parts.Length == 4 && parts[0] == "regions" && scenario.Regions.All(r => r.Id != parts[1]))
        {
            problem = $"the scenario has no region '{parts[1]}' (it has {string.Join(", ", scenario.Regions.Select(r => $"'{r.Id}'"))})";
            return null;
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
        }

        // Fit paths name list items by id only, as the docs give them.
        if (path.Contains('[', StringComparison.Ordinal)
            || !ParameterTable.TryMatch(ParameterTable.Normalize(scenario, path), out var parameter, out int[] indices)
            || !Fittable.TryGetValue(parameter.Field, out var fit))
        {
            problem = $"'{path}' cannot be fitted; the paths that can are {SupportedForms}";
            return null;
        }

        string? name = parameter.Template switch
        {
            var t when t.StartsWith("regions[]", StringComparison.Ordinal) => scenario.Regions[indices[0]].Id,
            var t when t.StartsWith("escalation.states[]", StringComparison.Ordinal) => scenario.Escalation!.States[indices[0]].Name,
            _ => null,
        };
        if (parameter.Get(scenario, indices) is null)
        {
            problem = parameter.Field switch
            {
                ParameterField.RegionBaseRate or ParameterField.RegionExposureElasticity or ParameterField.RegionExposureRef => $"region '{name}' has no militia block",
                ParameterField.RegionActivityShare or ParameterField.RegionGovernanceGap => $"region '{name}' has no isis block",
                ParameterField.StateMeanDuration => $"state '{name}' has no mean_duration_days (it is never left)",
                ParameterField.HawkesAlpha or ParameterField.HawkesDecayDays => "the scenario has no militia.hawkes block",
                _ => "the scenario has no isis block",
            };
            return null;
        }

        string field = parameter.Template.StartsWith("isis.", StringComparison.Ordinal) ? parameter.Template["isis.".Length..] : parts[^1];
        return new(path, field, name, fit.Component, fit.Lower, fit.Upper, parameter.IsWhole) { Parameter = (parameter, indices) };
    }

    /// <summary>The parameter's value in <paramref name="scenario"/> (1 for the shared multiplier).</summary>
    public double Read(Scenario scenario) => IsSharedMultiplier
        ? 1.0
        : Parameter is var (parameter, indices)
            ? parameter.Get(scenario, indices) ?? double.NaN
            : throw new InvalidOperationException($"unknown field {Field}");

    /// <summary>
    /// Returns <paramref name="scenario"/> with the parameter set to <paramref name="value"/>. The shared
    /// multiplier scales the base rate of every militia region in <paramref name="original"/> except those in
    /// <paramref name="fittedApart"/>.
    /// </summary>
    public Scenario Apply(Scenario scenario, double value, Scenario original, IReadOnlySet<string> fittedApart)
    {
        if (IsSharedMultiplier)
        {
            return scenario with
            {
                Regions = scenario.Regions.Select((r, i) => r.Militia is null || fittedApart.Contains(r.Id)
                    ? r
                    : r with { Militia = r.Militia with { BaseRate = original.Regions[i].Militia!.BaseRate * value } }).ToArray(),
            };
        }

        return Parameter is var (parameter, indices)
            ? parameter.Set(scenario, indices, value)
            : throw new InvalidOperationException($"unknown field {Field}");
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
}
