using ScenarioSim.Statistics;

namespace ScenarioSim.Tests.Statistics;

/// <summary>The numerical Hessian against functions whose Hessian is known.</summary>
[TestFixture]
public sealed class CentralDifferenceHessianTests
{
    [Test]
    public void Of_Quadratic_ExactUpToRounding()
    {
        // f = 3x² + 2xy − y² + 5z²: Hessian [[6, 2], [2, −2]] over (x, y); central differences are exact on a
        // quadratic, so only rounding of f at h = 1e-3 (about 1e-16 / 1e-6) remains.
        static double F(double[] v) => (3 * v[0] * v[0]) + (2 * v[0] * v[1]) - (v[1] * v[1]) + (5 * v[2] * v[2]);

        var hessian = CentralDifferenceHessian.Of(F, [0.4, -1.2, 0.7], [0, 1], 1e-3);

        Assert.That(hessian.ToArray(), Is.EqualTo(new double[,] { { 6, 2 }, { 2, -2 } }).Within(1e-7));
    }

    [Test]
    public void Of_SelectedCoordinates_OthersHeldFixed()
    {
        // Over z alone: ∂²/∂z² (x·e^z) = x·e^z.
        static double F(double[] v) => v[0] * Math.Exp(v[2]) + (v[1] * v[1] * v[1]);

        var hessian = CentralDifferenceHessian.Of(F, [2.0, 5.0, 0.3], [2], 1e-3);

        Assert.That(hessian.RowCount, Is.EqualTo(1));
        Assert.That(hessian[0, 0], Is.EqualTo(2 * Math.Exp(0.3)).Within(1e-6));
    }
}
