namespace ScenarioSim.Randomness;

/// <summary>
/// ln(1 + x) without the cancellation of <c>Math.Log(1 + x)</c> for small x (the BCL's
/// <c>double.LogP1</c> is computed that way), by Goldberg's correction
/// ("What every computer scientist should know about floating-point arithmetic", ACM Computing
/// Surveys 23(1), 1991, Theorem 4): if <c>u = 1 ⊕ x</c>, then <c>ln(u) · x / (u − 1)</c> is accurate to a
/// few ulps.
/// </summary>
internal static class Log1P
{
    /// <summary>ln(1 + x) for x ≥ −1, accurate to a few ulps for all such x.</summary>
    public static double Of(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (double.IsPositiveInfinity(u))
        {
            return Math.Log(x);
        }

        return Math.Log(u) * x / (u - 1.0);
    }
}
