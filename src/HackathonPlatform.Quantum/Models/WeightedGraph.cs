namespace HackathonPlatform.Quantum.Models;

/// <summary>An undirected weighted graph for Max-Cut; no self-loops, no repeated edges.</summary>
public sealed class WeightedGraph
{
    private readonly WeightedEdge[] _edges;

    /// <summary>Creates a graph; edges are stored with U &lt; V.</summary>
    /// <exception cref="ArgumentException">An endpoint is out of range, an edge is a loop or repeated, or a weight is not finite.</exception>
    public WeightedGraph(int vertexCount, IEnumerable<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(edges);
        var seen = new HashSet<(int, int)>();
        var list = new List<WeightedEdge>();
        foreach (var e in edges)
        {
            if ((uint)e.U >= (uint)vertexCount || (uint)e.V >= (uint)vertexCount)
            {
                throw new ArgumentException($"Edge ({e.U}, {e.V}) has an endpoint outside [0, {vertexCount}).", nameof(edges));
            }
            if (e.U == e.V)
            {
                throw new ArgumentException($"Edge ({e.U}, {e.V}) is a self-loop; it can never be cut.", nameof(edges));
            }
            if (!double.IsFinite(e.Weight))
            {
                throw new ArgumentException($"Edge ({e.U}, {e.V}) has a non-finite weight.", nameof(edges));
            }
            var edge = e.U < e.V ? e : new WeightedEdge(e.V, e.U, e.Weight);
            if (!seen.Add((edge.U, edge.V)))
            {
                throw new ArgumentException($"Edge ({edge.U}, {edge.V}) is repeated.", nameof(edges));
            }
            list.Add(edge);
        }
        VertexCount = vertexCount;
        _edges = [.. list];
    }

    /// <summary>Number of vertices.</summary>
    public int VertexCount { get; }

    /// <summary>The edges, each with U &lt; V.</summary>
    public IReadOnlyList<WeightedEdge> Edges => _edges;

    /// <summary>Sum of all edge weights (the cut of a bipartite graph's bipartition).</summary>
    public double TotalWeight => _edges.Sum(e => e.Weight);

    /// <summary>Total weight of the edges whose ends lie on different sides.</summary>
    public double CutValue(ReadOnlySpan<bool> side)
    {
        if (side.Length != VertexCount)
        {
            throw new ArgumentException($"Expected {VertexCount} sides, got {side.Length}.", nameof(side));
        }
        double cut = 0;
        foreach (var e in _edges)
        {
            if (side[e.U] != side[e.V])
            {
                cut += e.Weight;
            }
        }
        return cut;
    }

    /// <summary>The Max-Cut QUBO whose value is −cut (see <see cref="QuboModel.FromMaxCut"/>).</summary>
    public QuboModel ToQubo() => QuboModel.FromMaxCut(this);
}
