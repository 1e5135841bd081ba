using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Web.Servers;

/// <summary>Finds the running server of an owner, for the proxy.</summary>
public interface IServerDirectory
{
    /// <summary>The endpoint (URL and secret token) of the owner's server when it is ready; null otherwise.</summary>
    Task<ServerEndpoint?> FindReadyAsync(WorkspaceOwner owner, CancellationToken ct);

    /// <summary>Records activity through the proxy (for idle culling).</summary>
    void Touch(WorkspaceOwner owner);
}
