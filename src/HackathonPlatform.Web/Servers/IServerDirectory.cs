namespace HackathonPlatform.Web.Servers;

/// <summary>Where a running notebook server listens and the secret the hub adds to each proxied request.</summary>
/// <param name="BaseUri">The server's own base address, e.g. http://127.0.0.1:41234/servers/group-3/.</param>
/// <param name="Token">The server's secret token; never sent to browsers.</param>
public sealed record ServerEndpoint(Uri BaseUri, string Token);

/// <summary>Finds the running server of an owner, for the proxy.</summary>
public interface IServerDirectory
{
    /// <summary>The endpoint of the owner's server when it is ready; null when it is stopped, starting or failed.</summary>
    Task<ServerEndpoint?> FindReadyAsync(ServerOwner owner, CancellationToken ct);

    /// <summary>Records activity through the proxy (for idle culling).</summary>
    void Touch(ServerOwner owner);
}
