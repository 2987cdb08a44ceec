namespace ScenarioSim.Tests.Golden;

/// <summary>The placeholders a <see cref="GoldenCase"/>'s arguments use, and where the expected files live.</summary>
internal static class GoldenPaths
{
    /// <summary>Stands for the folder of the shipped scenarios and calibration data (the test output's <c>Shipped/</c>).</summary>
    public const string Shipped = "<shipped>";

    /// <summary>Stands for the case's own, fresh directory.</summary>
    public const string Out = "<out>";

    /// <summary>The environment variable that, set to <c>1</c>, rewrites the expected files from this run.</summary>
    public const string UpdateVariable = "SCENARIOSIM_UPDATE_GOLDEN";

    /// <summary>The shipped scenarios and data as the test project copies them.</summary>
    public static string ShippedDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped");

    /// <summary>
    /// <c>tests/ScenarioSim.Tests/Golden/expected</c> in the source tree, found by walking up from the test
    /// output to the folder holding <c>ScenarioSim.sln</c>: the update mode must write there, and reading the
    /// same files keeps one copy of them.
    /// </summary>
    public static string ExpectedDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ScenarioSim.sln")))
                {
                    return Path.Combine(directory.FullName, "tests", "ScenarioSim.Tests", "Golden", "expected");
                }
            }

            throw new DirectoryNotFoundException($"No ScenarioSim.sln above {TestContext.CurrentContext.TestDirectory}: the golden tests read their expected files from the source tree.");
        }
    }

    /// <summary>Whether <see cref="UpdateVariable"/> asks for the expected files to be rewritten.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";
}
