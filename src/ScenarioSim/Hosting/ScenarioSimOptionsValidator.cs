using System.Globalization;
using Microsoft.Extensions.Options;

namespace ScenarioSim.Hosting;

/// <summary>
/// Checks <see cref="ScenarioSimOptions"/> and reports every problem at once, each naming the
/// configuration key and what is allowed, e.g.
/// <c>ScenarioSim:DefaultReplications must be >= 1, but was 0.</c> <c>AddScenarioSim</c> registers it
/// so a host fails at start; without dependency injection call <see cref="Validate(string?, ScenarioSimOptions)"/>
/// directly, or let <see cref="ConfiguredScenarioRunner"/> and <see cref="ConfiguredScenarioLoader"/>
/// check the options they are given.
/// </summary>
/// <remarks>Stateless after construction and thread-safe.</remarks>
internal sealed class ScenarioSimOptionsValidator : IValidateOptions<ScenarioSimOptions>
{
    private readonly string _keyPrefix;

    /// <summary>A validator whose messages name keys under the <c>ScenarioSim</c> section.</summary>
    public ScenarioSimOptionsValidator()
        : this(ScenarioSimOptions.SectionName)
    {
    }

    /// <summary>A validator whose messages name keys under <paramref name="sectionPath"/>.</summary>
    /// <param name="sectionPath">The configuration path the options are bound from, e.g. <c>Simulation:ScenarioSim</c>; empty for the configuration root.</param>
    public ScenarioSimOptionsValidator(string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(sectionPath);
        _keyPrefix = sectionPath.Length == 0 ? string.Empty : sectionPath + ":";
    }

    /// <summary>Checks every setting of <paramref name="options"/>.</summary>
    /// <param name="name">The options instance's name; every name is checked the same way.</param>
    /// <param name="options">The options to check.</param>
    /// <returns>Success, or a failure listing every problem in property order.</returns>
    public ValidateOptionsResult Validate(string? name, ScenarioSimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();

        if (options.DefaultReplications < 1)
        {
            result.AddError(Message($"{Key(nameof(ScenarioSimOptions.DefaultReplications))} must be >= 1, but was {options.DefaultReplications}."));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            result.AddError(Message(
                $"{Key(nameof(ScenarioSimOptions.MaxDegreeOfParallelism))} must be >= 1, or unset to use every core, but was {options.MaxDegreeOfParallelism}."));
        }

        if (options.ScenariosDirectory is { } directory)
        {
            string key = Key(nameof(ScenarioSimOptions.ScenariosDirectory));
            if (string.IsNullOrWhiteSpace(directory))
            {
                result.AddError($"{key} must name a directory, or be unset to resolve scenario paths against the current directory, but was '{directory}'.");
            }
            else if (ResolveDirectory(directory) is { } full && !Directory.Exists(full))
            {
                result.AddError($"{key} must name an existing directory, but '{full}' does not exist.");
            }
        }

        return result.Build();
    }

    /// <summary>
    /// Throws when <paramref name="options"/> are invalid: the one check the services run on the options
    /// they are given, with or without dependency injection.
    /// </summary>
    /// <exception cref="OptionsValidationException">Lists every problem; its message joins them with <c>; </c>.</exception>
    internal static void ThrowIfInvalid(ScenarioSimOptions options)
    {
        var result = new ScenarioSimOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ScenarioSimOptions), result.Failures);
        }
    }

    /// <summary>The full path of a configured scenarios directory: relative to the application's base directory.</summary>
    internal static string? ResolveDirectory(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? null : Path.GetFullPath(directory, AppContext.BaseDirectory);

    private string Key(string property) => _keyPrefix + property;

    private static string Message(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
