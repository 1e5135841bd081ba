using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Api;

/// <summary>/api/servers/{owner}: state, start and stop of a notebook server, for its members and staff.</summary>
internal static class ServersApi
{
    public static void MapServersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/servers/{owner}").WithTags("Servers").RequireAuthorization();
        group.MapGet("/", (string owner, HttpContext http, ServerManager servers, ServerAccess access, CancellationToken ct) =>
            WithAccessAsync(owner, http, access, o => servers.GetAsync(o, ct), ct)).WithName("GetServer");
        group.MapPost("/start", (string owner, HttpContext http, ServerManager servers, ServerAccess access, CancellationToken ct) =>
            WithAccessAsync(owner, http, access, o => servers.StartAsync(o, ct), ct)).WithName("StartServer");
        group.MapPost("/stop", (string owner, HttpContext http, ServerManager servers, ServerAccess access, CancellationToken ct) =>
            WithAccessAsync(owner, http, access, async o =>
            {
                await servers.StopAsync(o, $"Stopped by {http.User.Identity?.Name}.", ct);
                return await servers.GetAsync(o, ct);
            }, ct)).WithName("StopServer");
    }

    private static async Task<Results<Ok<ServerView>, NotFound, ForbidHttpResult>> WithAccessAsync(
        string owner, HttpContext http, ServerAccess access, Func<Core.Workspaces.WorkspaceOwner, Task<ServerView>> action, CancellationToken ct)
    {
        var parsed = ServerOwners.Parse(owner);
        if (parsed is null)
        {
            return TypedResults.NotFound();
        }

        return await access.MayOpenAsync(http.User, parsed, ct) ? TypedResults.Ok(await action(parsed)) : TypedResults.Forbid();
    }
}
