namespace HackathonPlatform.Quantum.Models;

/// <summary>An undirected edge between vertices <paramref name="U"/> and <paramref name="V"/> (0-based).</summary>
/// <param name="U">One end.</param>
/// <param name="V">The other end.</param>
/// <param name="Weight">The edge weight (1 for unweighted graphs).</param>
public readonly record struct WeightedEdge(int U, int V, double Weight);
