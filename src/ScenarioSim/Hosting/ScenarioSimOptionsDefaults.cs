using ScenarioSim.Model;

namespace ScenarioSim.Hosting;

/// <summary>The defaults of <see cref="ScenarioSimOptions"/> in one place; each property documents its default too.</summary>
internal static class ScenarioSimOptionsDefaults
{
    /// <summary>The configuration section <c>AddScenarioSim</c> reads by convention and names in messages.</summary>
    public const string SectionName = "ScenarioSim";

    /// <summary>The same fallback as the console runner and <see cref="Engine.ScenarioRunner"/>.</summary>
    public const int DefaultReplications = ModelDefaults.Replications;

    /// <summary>The same fallback as the console runner and <see cref="Engine.ScenarioRunner"/>.</summary>
    public const ulong DefaultSeed = ModelDefaults.Seed;
}
