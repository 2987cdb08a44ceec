namespace ScenarioSim.Engine;

/// <summary>
/// Names of the stochastic components; each keys its own random stream. They are part of the
/// reproducibility contract: renaming one changes that component's draws.
/// </summary>
internal static class ComponentNames
{
    public const string Escalation = "escalation";

    public const string Isis = "isis";

    public static string Militia(string region) => "militia/" + region;

    public static string IsisAttacks(string region) => "isis-attacks/" + region;

    public static string Event(string name) => "event/" + name;

    public static string Slip(string contingent, string region) => "slip/" + contingent + "/" + region;

    public static string Parameter(string path) => "param/" + path;
}
