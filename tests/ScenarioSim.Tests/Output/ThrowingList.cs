using System.Collections;

namespace ScenarioSim.Tests.Output;

/// <summary>A list that yields its first items and then fails, to interrupt a writer half-way.</summary>
internal sealed class ThrowingList<T>(IReadOnlyList<T> items, int failAfter) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => index < failAfter ? items[index] : throw new IOException("simulated failure");

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
