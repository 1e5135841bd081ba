using System.Net;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

public sealed class AdminRolesTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task An_admin_grants_the_organiser_role_on_the_page_and_removes_it_and_the_last_admin_keeps_admin()
    {
        var user = await hub.CreateUserAsync("future-organiser");
        using var admin = hub.NewClient();
        await admin.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);

        var granted = await admin.PostFormAsync("/admin/users", new() { ["userId"] = user.Id, ["role"] = PlatformRoles.Organiser, ["grant"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        using (var organiser = hub.NewClient())
        {
            await organiser.SignInAsync(user.Email!, HubFactory.Password);
            Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync("/organise/new")).StatusCode);
        }

        await admin.PostFormAsync("/admin/users", new() { ["userId"] = user.Id, ["role"] = PlatformRoles.Organiser, ["grant"] = "false" });
        using (var again = hub.NewClient())
        {
            await again.SignInAsync(user.Email!, HubFactory.Password);
            var refused = await again.GetAsync("/organise/new");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var adminId = (await hub.WithScopeAsync(async sp =>
            await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PlatformUser>>().FindByEmailAsync(HubFactory.AdminEmail)))!.Id;
        var lastAdmin = await admin.PostFormAsync("/admin/users", new() { ["userId"] = adminId, ["role"] = PlatformRoles.Admin, ["grant"] = "false" });
        Assert.Contains("The last administrator keeps the Admin role.", await lastAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
