using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScenarioSim.Engine;
using ScenarioSim.Hosting;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Engine;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Hosting;

public class ScenarioSimServiceCollectionTests
{
    private static readonly Scenario Small = TestScenarios.ConstantMilitia(baseRate: 0.2, days: 60);

    [Test]
    public void AddScenarioSim_Configuration_ResolvesRunnerAndLoaderAsSingletons()
    {
        using var provider = BuildProvider(new Dictionary<string, string?>());

        var runner = provider.GetRequiredService<IScenarioRunner>();
        var loader = provider.GetRequiredService<IScenarioLoader>();

        Assert.Multiple(() =>
        {
            Assert.That(runner, Is.InstanceOf<ConfiguredScenarioRunner>());
            Assert.That(loader, Is.InstanceOf<ConfiguredScenarioLoader>());
            Assert.That(provider.GetRequiredService<IScenarioRunner>(), Is.SameAs(runner));
            Assert.That(provider.GetRequiredService<IScenarioLoader>(), Is.SameAs(loader));
        });
    }

    [Test]
    public void AddScenarioSim_Configuration_BindsEverySetting()
    {
        using var directory = new TemporaryDirectory();
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["ScenarioSim:DefaultReplications"] = "250",
            ["ScenarioSim:DefaultSeed"] = "18446744073709551615",
            ["ScenarioSim:MaxDegreeOfParallelism"] = "2",
            ["ScenarioSim:ScenariosDirectory"] = directory.Path,
        });

        var options = provider.GetRequiredService<IOptions<ScenarioSimOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.DefaultReplications, Is.EqualTo(250));
            Assert.That(options.DefaultSeed, Is.EqualTo(ulong.MaxValue));
            Assert.That(options.MaxDegreeOfParallelism, Is.EqualTo(2));
            Assert.That(provider.GetRequiredService<IScenarioLoader>().ScenariosDirectory, Is.EqualTo(directory.Path));
        });
    }

    [Test]
    public void InjectedRunner_CallGivesNothing_AppliesConfiguredDefaults()
    {
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["ScenarioSim:DefaultReplications"] = "130",
            ["ScenarioSim:DefaultSeed"] = "42",
            ["ScenarioSim:MaxDegreeOfParallelism"] = "1",
        });

        var result = provider.GetRequiredService<IScenarioRunner>().Run(Small);

        Assert.Multiple(() =>
        {
            Assert.That(result.Replications, Is.EqualTo(130));
            Assert.That(result.Seed, Is.EqualTo(42UL));
        });
        Assert.That(
            ResultComparison.Canonical(result),
            Is.EqualTo(ResultComparison.Canonical(new ScenarioRunner().Run(Small, new RunOptions { Replications = 130, Seed = 42 }))));
    }

    [Test]
    public void InjectedRunner_ScenarioRunBlock_BeatsConfiguredDefaults()
    {
        var scenario = Small with { Run = new RunSettings { Replications = 70, Seed = 9 } };
        using var provider = BuildProvider(options => { options.DefaultReplications = 130; options.DefaultSeed = 42; });

        var resolved = provider.GetRequiredService<IScenarioRunner>().ResolveOptions(scenario);

        Assert.That(resolved, Is.EqualTo(new RunOptions { Replications = 70, Seed = 9 }));
    }

    [Test]
    public void InjectedRunner_CallOptions_BeatScenarioAndConfiguredDefaults()
    {
        var scenario = Small with { Run = new RunSettings { Replications = 70, Seed = 9 } };
        using var provider = BuildProvider(options => { options.DefaultReplications = 130; options.MaxDegreeOfParallelism = 3; });

        var resolved = provider.GetRequiredService<IScenarioRunner>().ResolveOptions(
            scenario, new RunOptions { Replications = 5, Seed = 6, MaxDegreeOfParallelism = 1 });

        Assert.That(resolved, Is.EqualTo(new RunOptions { Replications = 5, Seed = 6, MaxDegreeOfParallelism = 1 }));
    }

    [Test]
    public void InjectedLoader_RelativePath_ResolvesAgainstScenariosDirectory()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["tiny.yaml"], """
            name: tiny
            start: 2025-01-01
            end: 2025-03-31
            regions:
              - id: erbil
                militia: { base_rate: 0.05 }
            forces:
              - contingent: us
                region: erbil
                schedule:
                  - { date: 2025-01-01, troops: 300 }
            """);
        using var provider = BuildProvider(options => options.ScenariosDirectory = directory.Path);

        var loaded = provider.GetRequiredService<IScenarioLoader>().LoadFile("tiny.yaml");

        Assert.That(loaded.Succeeded, Is.True, () => string.Join("\n", loaded.Diagnostics));
        Assert.That(loaded.Value!.Name, Is.EqualTo("tiny"));
    }

    [Test]
    public void SummaryJson_ToJsonForScenario_MatchesTheFileTheRunnerWrites()
    {
        var result = new ScenarioRunner().Run(Small, new RunOptions { Replications = 64, Seed = 3 });

        string json = SummaryJson.ToJson(result, Small);

        Assert.That(json, Is.EqualTo(SummaryJson.ToJson(result, ScenarioFingerprint.Sha256(Small))));
        Assert.That(SummaryJson.Parse(json).Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Mean,
            Is.EqualTo(result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Mean));
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddScenarioSim(configuration.GetSection(ScenarioSimOptions.SectionName))
            .BuildServiceProvider(validateScopes: true);
    }

    private static ServiceProvider BuildProvider(Action<ScenarioSimOptions> configure) =>
        new ServiceCollection().AddScenarioSim(configure).BuildServiceProvider(validateScopes: true);
}
