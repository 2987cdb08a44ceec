using ScenarioSim.Model;

namespace ScenarioSim.Tests.Model;

/// <summary><see cref="BetaQuantile"/> must give MathNet's <c>Beta.InvCDF</c> to the bit (drawn values depend on it), and allocate nothing.</summary>
public class BetaQuantileTests
{
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Of_AnyShapesAndProbability_SameBitsAsMathNet(FsCheck.NormalFloat alpha, FsCheck.NormalFloat beta, FsCheck.NormalFloat p)
    {
        double a = 1e-3 + (Math.Abs(alpha.Get) % 1000);
        double b = 1e-3 + (Math.Abs(beta.Get) % 1000);
        double u = Math.Abs(p.Get) % 1;
        return BitConverter.DoubleToInt64Bits(BetaQuantile.Of(a, b, u))
            == BitConverter.DoubleToInt64Bits(MathNet.Numerics.Distributions.Beta.InvCDF(a, b, u));
    }

    [TestCase(2, 300, 0.3)]
    [TestCase(0.5, 0.5, 1e-9)]
    [TestCase(4, 4, 0.999)]
    public void Of_SameBitsAsMathNet(double a, double b, double u) =>
        Assert.That(BetaQuantile.Of(a, b, u), Is.EqualTo(MathNet.Numerics.Distributions.Beta.InvCDF(a, b, u)));

    [Test]
    public void Of_AfterWarmUp_AllocatesNothing()
    {
        double sum = BetaQuantile.Of(2, 300, 0.5);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 1000; i++)
        {
            sum += BetaQuantile.Of(2, 300, i / 1000.0);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(sum, Is.GreaterThan(0));
        Assert.That(allocated, Is.Zero);
    }
}
