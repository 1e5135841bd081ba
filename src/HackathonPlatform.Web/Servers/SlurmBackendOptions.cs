using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Web.Servers;

/// <summary>The Slurm backend's site settings, bound from <c>Servers:Slurm</c> (per server: the owner's flavour, workspace and base path).</summary>
public sealed class SlurmBackendOptions
{
    /// <summary>slurmrestd: <c>BaseUrl</c>, <c>UserName</c>, <c>Token</c> (a secret: user secrets or environment), <c>ApiVersion</c>.</summary>
    public SlurmRestOptions? Rest { get; set; }

    /// <summary>The server program as the compute nodes see it (a shared file system); empty: the one built beside the hub.</summary>
    public string? ServerPath { get; set; }

    /// <summary>The hub's workspaces folder as the compute nodes see it; empty: the same path as on the hub (one shared file system).</summary>
    public string? WorkspaceRoot { get; set; }

    /// <summary>The <c>dotnet</c> on the compute nodes.</summary>
    public string DotnetPath { get; set; } = "dotnet";

    /// <summary>Shell code that prints the address the hub reaches a node at.</summary>
    public string HostCommand { get; set; } = "hostname -f";

    /// <summary>The jobs' environment besides PATH, HOME, LANG and the token (e.g. DOTNET_ROOT).</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>Minutes a server job may wait in the queue before its start fails.</summary>
    public double QueueTimeoutMinutes { get; set; } = 30;
}
