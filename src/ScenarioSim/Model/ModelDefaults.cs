namespace ScenarioSim.Model;

/// <summary>Default parameter values in one place; each property documents its default too.</summary>
internal static class ModelDefaults
{
    public const int Replications = 10_000;
    public const ulong Seed = 1;

    public const double ExposureRef = 1000;
    public const double ExposureElasticity = 0.5;

    public const double PFatal = 0.006;
    public const double ExtraDeathsMean = 1.0;

    public const int IsisInitialFighters = 3000;
    public const double IsisCarryingCapacity = 15000;
    public const double IsisRecruitmentRate = 0.0010;
    public const double IsisAttritionBase = 0.0002;
    public const double IsisAttritionCt = 0.0006;
    public const int IsisResurgenceThreshold = 5000;
    public const double IsisAttacksPer1000FightersPerDay = 0.25;

    public const double IsfStart = 0.6;
    public const double IsfMax = 0.8;
    public const double IsfGrowthPerYear = 0.05;

    public const double CoalitionWeight = 0.4;
    public const double CoalitionTroopsRef = 2500;
}
