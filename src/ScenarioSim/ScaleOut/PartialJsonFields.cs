namespace ScenarioSim.ScaleOut;

/// <summary>The field names every partial file shares (run, sweep and sensitivity partials), in one place.</summary>
internal static class PartialJsonFields
{
    public const string Format = "format";
    public const string FormatVersion = "format_version";
    public const string Version = "version";
    public const string Scenario = "scenario";
    public const string Name = "name";
    public const string Sha256 = "sha256";
    public const string Seed = "seed";
    public const string Replications = "replications";
    public const string Shard = "shard";
}
