using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Tests for <see cref="SplitMix64"/>.</summary>
public sealed class SplitMix64Tests
{
    [Test]
    public void Next_FromZero_MatchesReference()
    {
        // The widely published first outputs of splitmix64.c seeded with 0.
        ulong state = 0;
        Assert.Multiple(() =>
        {
            Assert.That(SplitMix64.Next(ref state), Is.EqualTo(0xe220a8397b1dcdafUL));
            Assert.That(SplitMix64.Next(ref state), Is.EqualTo(0x6e789e6aa1b965f4UL));
        });
    }
}
