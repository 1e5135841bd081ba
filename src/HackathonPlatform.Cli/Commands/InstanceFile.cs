using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Cli.Commands;

/// <summary>An instance file read as a QUBO, or as a Max-Cut graph and its QUBO (value = −cut).</summary>
internal sealed record InstanceFile(string Path, QuboModel Qubo, WeightedGraph? Graph)
{
    public bool IsMaxCut => Graph is not null;

    public static InstanceFile Read(string path, bool maxCut)
    {
        if (maxCut)
        {
            var graph = BiqMacReader.ReadMaxCut(path);
            return new InstanceFile(path, graph.ToQubo(), graph);
        }
        return new InstanceFile(path, BiqMacReader.ReadQubo(path), null);
    }
}
