using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Input;

/// <summary>
/// Ten thousand generated broken scenarios per run (issue 15), loaded in-process: each must load or be
/// refused with located diagnostics, never throw, and stay within a memory bound; the valid ones run
/// a few replications; a sample goes through the command line, which must exit 0 or 2 with no stack
/// trace. The corpus is seeded, so a failure names the case that reproduces it.
/// </summary>
[TestFixture]
public sealed class GeneratedInputTests
{
    private const int Seed = 20251203;
    private const int Cases = 10_000;
    private const int CliEvery = 200;
    private const long MaxBytesPerCase = 256L * 1024 * 1024;

    [Test]
    public async Task Load_TenThousandBrokenScenarios_LocatedDiagnosticsOrValidNeverAnException()
    {
        var corpus = new BrokenScenarioCorpus(Seed);
        using var directory = new TemporaryDirectory();
        var runner = new ScenarioRunner();
        int valid = 0;
        int refused = 0;
        for (int i = 0; i < Cases; i++)
        {
            string text = corpus.Next();
            string what = BrokenScenarioCorpus.Describe(Seed, i);
            long before = GC.GetAllocatedBytesForCurrentThread();
            LoadResult<Scenario> result;
            try
            {
                result = ScenarioLoader.LoadString(text, "fuzz.yaml");
            }
            catch (Exception e)
            {
                Assert.Fail($"{what}: the loader threw {e.GetType().Name}: {e.Message}\n--- input ---\n{text}");
                return;
            }

            Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(MaxBytesPerCase), what);
            if (result.Succeeded)
            {
                valid++;
                RunBriefly(runner, result.Value!, what, text);
            }
            else
            {
                refused++;
                foreach (var diagnostic in result.Diagnostics)
                {
                    Assert.That(diagnostic.Location, Is.Not.Null, $"{what}: unlocated diagnostic '{diagnostic.Message}'\n--- input ---\n{text}");
                    Assert.That(diagnostic.Location!.Line, Is.GreaterThanOrEqualTo(1), what);
                    Assert.That(diagnostic.Message, Does.Not.Contain("   at ").And.Not.Contain("Exception"), what);
                }
            }

            if (i % CliEvery == 0)
            {
                string path = Path.Combine(directory.Path, $"case-{i}.yaml");
                // A lone surrogate cannot be stored as UTF-8; it becomes U+FFFD, so the file is judged on its own.
                await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false, false));
                bool fileIsValid = ScenarioLoader.LoadFile(path).Succeeded;
                var outcome = await CliOutcome.InvokeAsync("validate", path);
                Assert.That(outcome.ExitCode, Is.EqualTo(fileIsValid ? 0 : 2), $"{what}: {outcome}");
                Assert.That(outcome.Error, Does.Not.Contain("   at ").And.Not.Contain("SCENARIOSIM_DEBUG"), $"{what}: {outcome}");
            }
        }

        // The corpus must exercise both outcomes, or it tests nothing.
        Assert.That(refused, Is.GreaterThan(Cases / 2));
        Assert.That(valid, Is.GreaterThan(0));
    }

    private static void RunBriefly(ScenarioRunner runner, Scenario scenario, string what, string text)
    {
        try
        {
            runner.Run(scenario, new RunOptions { Replications = 2, Seed = 1, MaxDegreeOfParallelism = 1 });
        }
        catch (InvalidInputException)
        {
            // A run-size limit: refused cleanly.
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: a scenario that loaded failed to run: {e.GetType().Name}: {e.Message}\n--- input ---\n{text}");
        }
    }
}
