using System.Globalization;
using HackathonPlatform.Core.Entities;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The warning pages show before the idle culler stops a server: once a running server has been idle for more than
/// half of <see cref="ServerOptions.IdleMinutes"/>, "idle for N min; will be stopped at HH:MM UTC unless used".
/// Idle time is counted from the same last activity the culler uses (proxied requests and kernel activity).
/// </summary>
public sealed class ServerIdleWarning(IOptions<ServerOptions> options, TimeProvider clock)
{
    /// <summary>The warning for a server now, or null when it is not running, culling is off, or it was used recently.</summary>
    public string? For(ServerView server) => Describe(server, options.Value.IdleMinutes, clock.GetUtcNow());

    /// <summary>The warning for a server at <paramref name="now"/> with an idle limit of <paramref name="idleMinutes"/> (0: culling off).</summary>
    /// <param name="server">The server.</param>
    /// <param name="idleMinutes">The cull timeout.</param>
    /// <param name="now">The time to judge at.</param>
    public static string? Describe(ServerView server, double idleMinutes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.State != NotebookServerState.Ready || idleMinutes <= 0 || (server.LastActivityAt ?? server.StartedAt) is not { } last)
        {
            return null;
        }

        var limit = TimeSpan.FromMinutes(idleMinutes);
        var idle = now - last;
        if (idle <= limit / 2)
        {
            return null;
        }

        // The culler stops it at its first look after this moment (within Servers:CullIntervalSeconds).
        var stopAt = (last + limit).UtcDateTime;
        var minutes = (int)Math.Floor(idle.TotalMinutes);
        return string.Create(CultureInfo.InvariantCulture, $"Idle for {minutes} min; will be stopped at {stopAt:HH:mm} UTC unless used.");
    }
}
