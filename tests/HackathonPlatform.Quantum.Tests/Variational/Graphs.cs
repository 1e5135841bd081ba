using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Variational;

/// <summary>Small named graphs for QAOA checks.</summary>
public static class Graphs
{
    /// <summary>The 3-cube Q3: vertices 0..7, edges between indices differing in one bit (bipartite, girth 4).</summary>
    public static WeightedGraph Cube() => new(8,
        from u in Enumerable.Range(0, 8) from b in new[] { 1, 2, 4 } where (u & b) == 0 select new WeightedEdge(u, u | b, 1));

    /// <summary>The Petersen graph: outer 5-cycle, spokes, inner pentagram (girth 5, max cut 12).</summary>
    public static WeightedGraph Petersen() => new(10,
        Enumerable.Range(0, 5).SelectMany(i => new[]
        {
            new WeightedEdge(i, (i + 1) % 5, 1),
            new WeightedEdge(i, i + 5, 1),
            new WeightedEdge(5 + i, 5 + ((i + 2) % 5), 1),
        }));
}
