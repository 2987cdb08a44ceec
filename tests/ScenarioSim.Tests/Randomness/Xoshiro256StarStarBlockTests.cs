using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>
/// <see cref="Xoshiro256StarStarBlock"/> runs, in each lane, exactly the stream of a scalar
/// <see cref="Xoshiro256StarStar"/> seeded the same way, at whatever vector width this process runs
/// (the conversion of the top 53 bits to a double is done without a 64-bit integer conversion below
/// AVX-512, and must be exact). <c>VectorFallbackTests</c> runs the engine at the other widths.
/// </summary>
public sealed class Xoshiro256StarStarBlockTests
{
    [FsCheck.NUnit.Property(MaxTest = 50)]
    public void NextDouble_EveryLane_MatchesTheScalarStream(ulong seed)
    {
        Span<ulong> seeds = stackalloc ulong[BlockVector.Count];
        var scalars = new Xoshiro256StarStar[BlockVector.Count];
        for (int lane = 0; lane < BlockVector.Count; lane++)
        {
            seeds[lane] = seed + (ulong)lane * 0x9E3779B97F4A7C15UL;
            scalars[lane] = new Xoshiro256StarStar(seeds[lane]);
        }

        var block = Xoshiro256StarStarBlock.Create(seeds);
        for (int draw = 0; draw < 200; draw++)
        {
            var values = block.NextDouble();
            for (int lane = 0; lane < BlockVector.Count; lane++)
            {
                Assert.That(values.GetElement(lane), Is.EqualTo(scalars[lane].NextDouble()), $"draw {draw}, lane {lane}");
            }
        }
    }
}
