using System.Reflection;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Randomness;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// The daily steps are compiled once per vector width (one 512-bit register, two 256-bit, four
/// 128-bit per block). Every width must leave the block's state identical to the bit: each is run
/// here in one process, whatever this machine accelerates (a width it lacks runs emulated, slowly but
/// exactly), and every vector, array and total of the state is compared after each block.
/// <see cref="VectorFallbackTests"/> checks the same end to end with the runtime's switches.
/// </summary>
public class BlockWidthTests
{
    private static IEnumerable<TestCaseData> Scenarios()
    {
        yield return new TestCaseData(TestScenarios.Mixed(500)).SetName("Mixed");
        yield return new TestCaseData(TestScenarios.MixedUncertain(500)).SetName("MixedUncertain");
        string shipped = Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", "baseline.yaml");
        yield return new TestCaseData(ScenarioLoader.LoadFile(shipped).GetValueOrThrow()).SetName("ShippedBaseline");
    }

    [TestCaseSource(nameof(Scenarios))]
    public void Run_EveryWidth_SameStateToTheBit(Scenario scenario)
    {
        var compiled = ScenarioCompiler.Compile(scenario);
        for (int block = 0; block < 3; block++)
        {
            long first = block * BlockState.Lanes;
            var reference = Snapshot(compiled, first, Run<BlockVector>);
            Assert.That(Snapshot(compiled, first, Run<BlockVector512>), Is.EqualTo(reference), "512-bit");
            Assert.That(Snapshot(compiled, first, Run<BlockVector128>), Is.EqualTo(reference), "128-bit");
        }
    }

    [Test]
    public void Exp_EveryWidth_SameBits()
    {
        // Exp is the longest chain of rounded arithmetic in the steps; an ulp of difference would rarely move a
        // count, so it is compared directly.
        var random = new Random(3);
        Span<double> inputs = stackalloc double[BlockVector.Count];
        for (int i = 0; i < 20_000; i++)
        {
            for (int lane = 0; lane < inputs.Length; lane++)
            {
                inputs[lane] = -Math.Pow(random.NextDouble(), 3) * 720;
            }

            var reference = VectorExp.Exp(BlockVector.Create(inputs));
            var wide = VectorExp.Exp(BlockVector512.Create(inputs));
            var narrow = VectorExp.Exp(BlockVector128.Create(inputs));
            for (int lane = 0; lane < inputs.Length; lane++)
            {
                Assert.That(wide.GetElement(lane), Is.EqualTo(reference.GetElement(lane)), $"512-bit, e^{inputs[lane]:R}");
                Assert.That(narrow.GetElement(lane), Is.EqualTo(reference.GetElement(lane)), $"128-bit, e^{inputs[lane]:R}");
            }
        }
    }

    [Test]
    public void Exp_SmallArguments_ShortPathSameBitsAsWholeEvaluation()
    {
        // With every lane above −0.34 the 256-bit Exp skips the range reduction and the scaling by 2^n (n is 0
        // there); the 512-bit one always evaluates whole. Arguments up to and across the threshold, zeros of
        // both signs, and a block with one large argument (whole evaluation at every width), single and paired.
        var random = new Random(11);
        Span<double> xs = stackalloc double[BlockVector.Count];
        Span<double> ys = stackalloc double[BlockVector.Count];
        double[] edges = [0.0, -0.0, -1e-300, -5e-324, -0.34, -0.33999999999999997, -0.34000000000000002, -0.3465735902799726, -0.35, -1.0];
        for (int i = 0; i < 20_000; i++)
        {
            for (int lane = 0; lane < xs.Length; lane++)
            {
                xs[lane] = (i % 4) switch { 0 => edges[random.Next(edges.Length)], 1 => -0.33 - (random.NextDouble() * 0.2), _ => -random.NextDouble() * 0.34 };
                ys[lane] = i % 5 == 0 ? -random.NextDouble() * 700 : -random.NextDouble() * 0.3;
            }

            var (x, y) = (BlockVector.Create(xs), BlockVector.Create(ys));
            var single = VectorExp.Exp(x);
            var (pairX, pairY) = VectorExp.Exp(x, y);
            var wholeX = VectorExp.Exp(BlockVector512.Create(xs));
            var wholeY = VectorExp.Exp(BlockVector512.Create(ys));
            for (int lane = 0; lane < xs.Length; lane++)
            {
                Assert.That(single.GetElement(lane), Is.EqualTo(wholeX.GetElement(lane)), $"e^{xs[lane]:R}");
                Assert.That(pairX.GetElement(lane), Is.EqualTo(wholeX.GetElement(lane)), $"paired e^{xs[lane]:R}");
                Assert.That(pairY.GetElement(lane), Is.EqualTo(wholeY.GetElement(lane)), $"paired e^{ys[lane]:R}");
                Assert.That(BitConverter.DoubleToInt64Bits(single.GetElement(lane)), Is.EqualTo(BitConverter.DoubleToInt64Bits(wholeX.GetElement(lane))), $"bits of e^{xs[lane]:R}");
            }
        }
    }

    [Test]
    public void NextDouble_EveryWidth_SameStreams()
    {
        Span<ulong> seeds = stackalloc ulong[BlockVector.Count];
        for (int lane = 0; lane < seeds.Length; lane++)
        {
            seeds[lane] = StreamKey.Derive(5, lane, 9);
        }

        var (a, b, c) = (Xoshiro256StarStarBlock.Create(seeds), Xoshiro256StarStarBlock.Create(seeds), Xoshiro256StarStarBlock.Create(seeds));
        var mask = BlockVector.Create([1, 0, 1, 1, 0, 0, 1, 0]) is var m ? BlockVector.GreaterThan(m, BlockVector.Zero) : default;
        for (int i = 0; i < 1000; i++)
        {
            var reference = i % 3 == 0 ? a.NextDouble(mask) : a.NextDouble<BlockVector>();
            var wide = i % 3 == 0 ? c.NextDouble(BlockVectorWidth.Load<BlockVector512>(mask)) : c.NextDouble<BlockVector512>();
            var narrow = i % 3 == 0 ? b.NextDouble(BlockVectorWidth.Load<BlockVector128>(mask)) : b.NextDouble<BlockVector128>();
            Assert.That(BlockVectorWidth.Store(wide), Is.EqualTo(reference), $"512-bit, draw {i}");
            Assert.That(BlockVectorWidth.Store(narrow), Is.EqualTo(reference), $"128-bit, draw {i}");
        }
    }

    [Test]
    public void Snapshot_SeesEveryVectorOfTheState()
    {
        // The comparison above means something only if it reads the simulated quantities.
        var compiled = ScenarioCompiler.Compile(TestScenarios.Mixed(200));
        var a = Snapshot(compiled, 0, Run<BlockVector>);
        var b = Snapshot(compiled, BlockState.Lanes, Run<BlockVector>);
        Assert.That(a, Has.Count.GreaterThan(1000));
        Assert.That(a, Is.Not.EqualTo(b));
    }

    private static void Run<TVector>(CompiledScenario compiled, BlockState state, long first)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var observer = default(NoBlockObserver);
        BlockSimulator.Run<TVector, NoBlockObserver>(compiled, state, 7, first, ref observer);
    }

    /// <summary>Every number the block's state holds after a run, as bits, member by member.</summary>
    private static List<ulong> Snapshot(CompiledScenario compiled, long first, Action<CompiledScenario, BlockState, long> run)
    {
        var state = new BlockState(compiled);
        run(compiled, state, first);
        var bits = new List<ulong>();
        AddMembers(bits, state);
        return bits;
    }

    /// <summary>Every public field and property of <paramref name="owner"/>, by name; a component's part of the state (<c>BlockForces</c>, …) member by member.</summary>
    private static void AddMembers(List<ulong> bits, object owner)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance;
        var type = owner.GetType();
        foreach (var member in type.GetFields(Members).Cast<MemberInfo>().Concat(type.GetProperties(Members)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            object? value = member is FieldInfo field ? field.GetValue(owner) : ((PropertyInfo)member).GetValue(owner);
            if (value is not null && IsStatePart(value.GetType()))
            {
                AddMembers(bits, value);
            }
            else
            {
                Add(bits, value);
            }
        }
    }

    private static bool IsStatePart(Type type) =>
        type is { IsClass: true } && type.Namespace == typeof(BlockState).Namespace && type.Name.StartsWith("Block", StringComparison.Ordinal);

    private static void Add(List<ulong> bits, object? value)
    {
        switch (value)
        {
            case BlockVector v:
                for (int lane = 0; lane < BlockVector.Count; lane++)
                {
                    bits.Add(BitConverter.DoubleToUInt64Bits(v.GetElement(lane)));
                }

                break;
            case double d:
                bits.Add(BitConverter.DoubleToUInt64Bits(d));
                break;
            case int i:
                bits.Add((ulong)i);
                break;
            case bool b:
                bits.Add(b ? 1UL : 0UL);
                break;
            case Xoshiro256StarStarBlock rng:
                for (int lane = 0; lane < BlockVector.Count; lane++)
                {
                    bits.Add(rng.GetLane(lane).NextUInt64());
                }

                break;
            case System.Collections.IEnumerable items and not string:
                foreach (object? item in items)
                {
                    Add(bits, item);
                }

                break;
        }
    }
}
