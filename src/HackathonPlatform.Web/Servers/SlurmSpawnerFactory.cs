using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Slurm;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// <c>Servers:Backend = slurm</c>: each owner's server is a Slurm job submitted through slurmrestd,
/// sized by the owner's flavour, with the owner's workspace on the shared file system.
/// </summary>
internal sealed class SlurmSpawnerFactory(
    IOptions<ServerOptions> servers, IOptions<SlurmBackendOptions> slurm, IHttpClientFactory http, IWorkspaceFiles workspaces) : ISpawnerFactory
{
    public ISpawner Create(WorkspaceOwner owner, Flavour flavour)
    {
        var (o, s) = (servers.Value, slurm.Value);
        var rest = s.Rest ?? throw new InvalidOperationException("Servers:Backend is slurm but Servers:Slurm:Rest (BaseUrl, UserName, Token) is not configured.");
        var workspace = workspaces.RootOf(owner);
        if (!string.IsNullOrEmpty(s.WorkspaceRoot))
        {
            // The nodes mount the workspaces elsewhere: keep the owner's folder name, change the root.
            workspace = Path.Combine(s.WorkspaceRoot, Path.GetFileName(workspace.TrimEnd('/')));
        }

        var server = string.IsNullOrEmpty(s.ServerPath) ? o.ServerPath : s.ServerPath;
        return new SlurmSpawner(http.CreateClient("slurm"), new SlurmSpawnerOptions
        {
            Rest = rest,
            Flavour = flavour,
            ServerPath = string.IsNullOrEmpty(server) ? ServerProgramLocator.Find() ?? Path.Combine(AppContext.BaseDirectory, ServerProgramLocator.FileName) : server,
            Workspace = workspace,
            BasePath = owner.BasePath(),
            JobName = $"hackathon-{owner.Key}",
            DotnetPath = s.DotnetPath,
            HostCommand = s.HostCommand,
            Environment = s.Environment,
            WarmKernel = o.WarmKernel,
            StartTimeout = TimeSpan.FromSeconds(o.StartTimeoutSeconds),
            QueueTimeout = TimeSpan.FromMinutes(s.QueueTimeoutMinutes),
        });
    }
}
