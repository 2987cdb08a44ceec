using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Simulates a block of <see cref="BlockState.Lanes"/> replications (docs/model.md), one replication
/// per vector lane: here the set-up of a block (drawn parameters, then each component's part of
/// <see cref="BlockState"/> from its compiled record); the daily steps are <see cref="BlockDays{TVector}"/>,
/// compiled once per vector width. Every lane
/// draws only from its own keyed streams, and which draws it makes depends only on its own state, so
/// a replication's result does not depend on the block it runs in, the thread, or the hardware's
/// vector width. Nothing here allocates.
/// </summary>
internal static class BlockSimulator
{
    private static readonly int Lanes = BlockState.Lanes;

    /// <summary>
    /// Runs replications <paramref name="first"/> … <paramref name="first"/> + <see cref="BlockState.Lanes"/> − 1
    /// into <paramref name="s"/>, showing each day to <paramref name="observer"/>, at the widest vector
    /// width this machine accelerates (<see cref="BlockVectorWidth"/>).
    /// </summary>
    public static void Run<TObserver>(
        CompiledScenario c, BlockState s, ulong seed, long first, ref TObserver observer)
        where TObserver : struct, IBlockObserver
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Run<BlockVector512, TObserver>(c, s, seed, first, ref observer);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Run<BlockVector, TObserver>(c, s, seed, first, ref observer);
        }
        else
        {
            Run<BlockVector128, TObserver>(c, s, seed, first, ref observer);
        }
    }

    /// <summary>
    /// <see cref="Run{TObserver}"/> at vector width <typeparamref name="TVector"/>, which gives the same
    /// numbers to the bit at every width (tests run each width on one machine).
    /// </summary>
    internal static void Run<TVector, TObserver>(
        CompiledScenario c, BlockState s, ulong seed, long first, ref TObserver observer)
        where TVector : unmanaged, IBlockVector<TVector>
        where TObserver : struct, IBlockObserver
    {
        Reset(c, s, seed, first);
        BlockDays<TVector>.Run(c, s, ref observer);
        s.Forces.NoteEnd(c.Forces, c.Days);
        s.Records.SumRunTotals(c);
    }

    /// <summary>
    /// Seeds every lane's streams and draws its once-per-replication quantities (uncertain parameters,
    /// slips, events), then sets each component's part of the state up for the block's first day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reset(CompiledScenario c, BlockState s, ulong seed, long first)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            long replication = first + lane;
            if (c.Uncertainties.Length > 0)
            {
                DrawParameters(c, s, seed, replication, lane);
            }

            s.Forces.ResetLane(c.Forces, seed, replication, lane);
            s.Events.ResetLane(c, s.Lane[lane], seed, replication, lane);
            s.Pause.ResetLane(lane);
            s.Forces.ResetDrawdownDay(c, lane);
        }

        s.Forces.Reset(c.Forces, s.Lane);
        s.Escalation.Reset(c, s.Lane, seed, first);
        s.Militia.Reset(c, s.Lane, seed, first);
        s.Isis.Reset(c, s.Lane, seed, first);
        s.Events.Reset();
        s.Pause.Reset();
        s.Records.Reset();
    }

    /// <summary>
    /// Draws the lane's value of every uncertain parameter (one uniform from each parameter's own
    /// stream, correlated through the copula where asked, then the distribution's quantile), writes
    /// each into its slot of the lane's parameter set, and derives what depends on them.
    /// </summary>
    private static void DrawParameters(CompiledScenario c, BlockState s, ulong seed, long replication, int lane)
    {
        int count = c.Uncertainties.Length;
        Span<double> uniforms = stackalloc double[count];
        for (int j = 0; j < count; j++)
        {
            uniforms[j] = StreamKey.Create(seed, replication, c.Uncertainties[j].Stream).NextOpenDouble();
        }

        if (c.Copula is { } copula)
        {
            Span<double> correlated = stackalloc double[c.CopulaIndex.Length];
            for (int k = 0; k < correlated.Length; k++)
            {
                correlated[k] = uniforms[c.CopulaIndex[k]];
            }

            copula.Correlate(correlated);
            for (int k = 0; k < correlated.Length; k++)
            {
                uniforms[c.CopulaIndex[k]] = correlated[k];
            }
        }

        var parameters = s.Lane[lane];
        for (int j = 0; j < count; j++)
        {
            double value = c.Uncertainties[j].Distribution.Quantile(uniforms[j]);
            s.ParameterValues[(j * Lanes) + lane] = value;
            parameters.Set(c.Uncertainties[j].Slot, value);
        }

        parameters.Derive();
    }
}
