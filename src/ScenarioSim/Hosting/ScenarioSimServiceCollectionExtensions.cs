using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ScenarioSim.Hosting;

/// <summary>
/// Registers ScenarioSim with a service collection: <see cref="ScenarioSimOptions"/> (validated when
/// the host starts), <see cref="IScenarioRunner"/> and <see cref="IScenarioLoader"/> as singletons.
/// </summary>
public static class ScenarioSimServiceCollectionExtensions
{
    /// <summary>
    /// Adds ScenarioSim with options bound from <paramref name="configuration"/>, typically
    /// <c>configuration.GetSection("ScenarioSim")</c>. A key the options do not have is an error, as a
    /// misspelt setting would otherwise be ignored; so is any invalid value. Both stop the host at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the settings; validation messages name keys by its path.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddScenarioSim(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ScenarioSimOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        string sectionPath = configuration is IConfigurationSection section ? section.Path : string.Empty;
        return AddServices(services, sectionPath);
    }

    /// <summary>
    /// Adds ScenarioSim with options set in code. Invalid values stop the host at start; messages name
    /// keys under the <c>ScenarioSim</c> section.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, starting from their defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddScenarioSim(this IServiceCollection services, Action<ScenarioSimOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ScenarioSimOptions>().Configure(configure);
        return AddServices(services, ScenarioSimOptions.SectionName);
    }

    private static IServiceCollection AddServices(IServiceCollection services, string sectionPath)
    {
        services.AddOptions<ScenarioSimOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScenarioSimOptions>>(new ScenarioSimOptionsValidator(sectionPath)));
        services.TryAddSingleton<IScenarioRunner>(provider =>
            new ConfiguredScenarioRunner(provider.GetRequiredService<IOptions<ScenarioSimOptions>>().Value));
        services.TryAddSingleton<IScenarioLoader>(provider =>
            new ConfiguredScenarioLoader(provider.GetRequiredService<IOptions<ScenarioSimOptions>>().Value));
        return services;
    }
}
