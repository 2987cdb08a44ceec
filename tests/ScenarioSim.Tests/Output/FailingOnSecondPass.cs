using System.Collections;

namespace ScenarioSim.Tests.Output;

/// <summary>A list that can be enumerated once; the second enumeration fails, as if the second file's write broke.</summary>
internal sealed class FailingOnSecondPass<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
{
    private int _passes;

    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator()
    {
        if (Interlocked.Increment(ref _passes) > 1)
        {
            throw new IOException("simulated failure on the second file");
        }

        return items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
