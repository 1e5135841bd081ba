using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace HackathonPlatform.Web.Security;

/// <summary>Grants and removes global roles, shared by the admin page and the admin API.</summary>
internal static class RoleChanges
{
    /// <summary>Applies the change; returns an error message, or null on success.</summary>
    public static async Task<string?> ApplyAsync(UserManager<PlatformUser> users, PlatformUser user, string role, bool grant)
    {
        var has = await users.IsInRoleAsync(user, role);
        if (grant == has)
        {
            return null;
        }

        if (!grant && role == PlatformRoles.Admin && (await users.GetUsersInRoleAsync(PlatformRoles.Admin)).Count == 1)
        {
            return "The last administrator keeps the Admin role.";
        }

        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (result.Succeeded)
        {
            // Role claims live in the cookie: refresh it at the user's next request.
            await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
