using System.Reflection;
using NetArchTest.Rules;

namespace ScenarioSim.Tests.Architecture;

/// <summary>
/// Which of an assembly's top-level namespaces (<c>ScenarioSim.X</c>, sub-namespaces included) depend on which,
/// as NetArchTest sees type references, and the strongly connected components (cycles) of that graph.
/// </summary>
internal sealed class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyList<string> namespaces, IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies)
    {
        Namespaces = namespaces;
        Dependencies = dependencies;
    }

    /// <summary>The top-level namespaces, e.g. <c>Engine</c>, in ordinal order.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>For each namespace, the other namespaces its types reference.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Dependencies { get; }

    /// <summary>The graph of <paramref name="assembly"/>'s namespaces under <c>ScenarioSim.</c>.</summary>
    public static NamespaceGraph Of(Assembly assembly)
    {
        string[] namespaces = [.. assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("ScenarioSim.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1])
            .Distinct()
            .Order(StringComparer.Ordinal)];
        var dependencies = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (string from in namespaces)
        {
            var to = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string other in namespaces.Where(n => n != from))
            {
                bool independent = Types.InAssembly(assembly)
                    .That().ResideInNamespaceMatching($@"^ScenarioSim\.{from}(\..*)?$")
                    .ShouldNot().HaveDependencyOn($"ScenarioSim.{other}")
                    .GetResult().IsSuccessful;
                if (!independent)
                {
                    to.Add(other);
                }
            }

            dependencies[from] = to;
        }

        return new NamespaceGraph(namespaces, dependencies);
    }

    /// <summary>The strongly connected components with more than one namespace (Tarjan), each sorted, in ordinal order.</summary>
    public IReadOnlyList<string[]> Cycles()
    {
        int index = 0;
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLinks = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<string[]>();

        void Connect(string node)
        {
            indices[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (string next in Dependencies[node])
            {
                if (!indices.ContainsKey(next))
                {
                    Connect(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], indices[next]);
                }
            }

            if (lowLinks[node] == indices[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    components.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (string node in Namespaces)
        {
            if (!indices.ContainsKey(node))
            {
                Connect(node);
            }
        }

        return [.. components.OrderBy(c => c[0], StringComparer.Ordinal)];
    }
}
