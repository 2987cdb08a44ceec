using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScenarioSim.Hosting;

namespace ScenarioSim.Tests.Hosting;

public class HostStartupTests
{
    [Test]
    public void Host_InvalidOptions_FailsAtStartListingEveryProblem()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["ScenarioSim:DefaultReplications"] = "0",
            ["ScenarioSim:MaxDegreeOfParallelism"] = "0",
        });

        var e = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(e!.Message, Is.EqualTo(
            """ScenarioSim:DefaultReplications must be >= 1, but was 0.; ScenarioSim:MaxDegreeOfParallelism must be >= 1, or unset to use every core, but was 0."""));
    }

    [Test]
    public void Host_InvalidOptionsSetInCode_FailsAtStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddScenarioSim(options => options.DefaultReplications = -1);
        using var host = builder.Build();

        var e = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(e!.Message, Is.EqualTo("""ScenarioSim:DefaultReplications must be >= 1, but was -1."""));
    }

    [Test]
    public void Host_UnknownKey_FailsAtStartNamingIt()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["ScenarioSim:DefaultReplication"] = "100" });

        var e = Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.That(e!.Message, Does.Contain("'DefaultReplication'"));
    }

    [Test]
    public async Task Host_ValidOptions_StartsAndServesTheRunner()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["ScenarioSim:DefaultReplications"] = "100" });

        await host.StartAsync();
        var resolved = host.Services.GetRequiredService<IScenarioRunner>().ResolveOptions(Engine.TestScenarios.ConstantMilitia(0.1, 10));
        await host.StopAsync();

        Assert.That(resolved.Replications, Is.EqualTo(100));
    }

    [Test]
    public void ServiceProvider_InvalidOptions_StartupValidatorFailsBeforeFirstUse()
    {
        using var provider = new ServiceCollection()
            .AddScenarioSim(options => options.MaxDegreeOfParallelism = 0)
            .BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(e!.Message, Is.EqualTo("""ScenarioSim:MaxDegreeOfParallelism must be >= 1, or unset to use every core, but was 0."""));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddScenarioSim(builder.Configuration.GetSection(ScenarioSimOptions.SectionName));
        return builder.Build();
    }
}
