namespace ScenarioSim.Tests.Cli;

/// <summary>Small scenarios in the SPEC's YAML format, for end-to-end runs of the console runner.</summary>
internal static class ScenarioYaml
{
    /// <summary>Days from 2025-01-01 to 2025-03-31, both included.</summary>
    public const int ConstantExposureDays = 90;

    /// <summary>Militia attacks per day in anbar.</summary>
    public const double ConstantExposureBaseRate = 0.5;

    /// <summary>
    /// 1,000 troops in anbar for 90 days with exposure_ref 1,000, so exposure is 1; no escalation block
    /// (multiplier 1) and no Hawkes term: anbar's attacks are Poisson with rate base_rate each day, and
    /// the mean total is <c>90 · base_rate</c>. Erbil has troops but no militia, and ISIS is absent.
    /// </summary>
    public const string ConstantExposure = """
        name: constant-exposure
        description: Constant exposure, no escalation, no self-excitation (test scenario).
        start: 2025-01-01
        end: 2025-03-31
        run: { replications: 200, seed: 11 }
        regions:
          - id: anbar
            militia: { base_rate: 0.5, exposure_ref: 1000, exposure_elasticity: 0.5 }
          - id: erbil
        forces:
          - contingent: us
            region: anbar
            schedule:
              - { date: 2025-01-01, troops: 1000 }
          - contingent: us
            region: erbil
            interpolation: step
            schedule:
              - { date: 2025-01-01, troops: 300 }
        militia:
          casualties: { p_fatal: 0.05, extra_deaths_mean: 1.0 }
        """;

    /// <summary>
    /// Ten years in one region with 1,000,000 replications by default: long enough to cancel mid-run (about a
    /// minute on one thread; 20,000 replications were over within a second once the engine was optimised).
    /// </summary>
    public const string LongRun = """
        name: long-run
        start: 2025-01-01
        end: 2034-12-31
        run: { replications: 1000000, seed: 1 }
        regions:
          - id: anbar
            militia: { base_rate: 0.5 }
        forces:
          - contingent: us
            region: anbar
            schedule:
              - { date: 2025-01-01, troops: 2500 }
              - { date: 2026-09-30, troops: 0 }
        """;

    /// <summary>Two problems a loader must report with their locations: a negative rate and an unknown key.</summary>
    public const string Invalid = """
        name: broken
        start: 2025-01-01
        end: 2025-03-31
        regions:
          - id: anbar
            militia: { base_rate: -1.5 }
        unknown_key: 3
        """;

    public static string Write(string directory, string fileName, string yaml)
    {
        string path = Path.Combine(directory, fileName);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n") + "\n");
        return path;
    }
}
