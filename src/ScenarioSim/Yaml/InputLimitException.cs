using YamlDotNet.Core;

namespace ScenarioSim.Yaml;

/// <summary>Stops reading a YAML text that passes an input limit; the reader turns it into a located diagnostic.</summary>
internal sealed class InputLimitException(string message, Mark mark) : Exception(message)
{
    /// <summary>Where the limit was passed.</summary>
    public Mark Mark { get; } = mark;
}
