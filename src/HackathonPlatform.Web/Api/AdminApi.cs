using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Api;

/// <summary>/api/admin: accounts and their global roles; /api/me: the signed-in account.</summary>
internal static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", MeAsync).RequireAuthorization().WithTags("Accounts").WithName("GetMe");
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(HubPolicies.Admin);
        admin.MapGet("/users", ListUsersAsync).WithName("ListUsers");
        admin.MapPost("/users/{userId}/roles/{role}", (string userId, string role, UserManager<PlatformUser> users) => ChangeRoleAsync(userId, role, grant: true, users)).WithName("GrantRole");
        admin.MapDelete("/users/{userId}/roles/{role}", (string userId, string role, UserManager<PlatformUser> users) => ChangeRoleAsync(userId, role, grant: false, users)).WithName("RemoveRole");
    }

    private static async Task<Results<Ok<UserDto>, NotFound>> MeAsync(HttpContext http, UserManager<PlatformUser> users) =>
        await users.GetUserAsync(http.User) is { } user ? TypedResults.Ok(await ToDtoAsync(user, users)) : TypedResults.NotFound();

    private static async Task<Ok<List<UserDto>>> ListUsersAsync(UserManager<PlatformUser> users, CancellationToken ct)
    {
        var list = await users.Users.OrderBy(u => u.Email).Take(1000).ToListAsync(ct);
        var result = new List<UserDto>();
        foreach (var user in list)
        {
            result.Add(await ToDtoAsync(user, users));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<UserDto>, NotFound, ValidationProblem>> ChangeRoleAsync(string userId, string role, bool grant, UserManager<PlatformUser> users)
    {
        var canonical = PlatformRoles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Role"] = [$"Role is one of {string.Join(", ", PlatformRoles.All)}."] });
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await RoleChanges.ApplyAsync(users, user, canonical, grant);
        return outcome is null ? TypedResults.Ok(await ToDtoAsync(user, users))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Role"] = [outcome] });
    }

    private static async Task<UserDto> ToDtoAsync(PlatformUser user, UserManager<PlatformUser> users) =>
        new(user.Id, user.Email ?? "", user.DisplayName, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user));
}
