using System.Net;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Usage;

public sealed class UsageDashboardTests(UsageHub hub) : IClassFixture<UsageHub>
{
    [Fact]
    public async Task The_dashboard_shows_each_groups_gpu_hours_against_the_quota_and_refuses_other_hackathons_groups()
    {
        var organiser = await hub.CreateUserAsync("dash-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Dashboard");
        var group = await hub.GroupAsync(hackathon, "Gpu team");
        var stranger = await hub.CreateUserAsync("dash-stranger", PlatformRoles.Organiser);
        var foreign = await hub.GroupAsync(await hub.CreateHackathonAsync(stranger, "Foreign"), "Others");
        await hub.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            await db.Hackathons.Where(h => h.Id == hackathon.Id).ExecuteUpdateAsync(u => u.SetProperty(h => h.GpuHoursPerGroup, 10));
            var now = DateTimeOffset.UtcNow;
            db.UsageRecords.Add(new UsageRecord { OwnerKey = $"group-{group.Id}", GroupId = group.Id, HackathonId = hackathon.Id, Flavour = "gpu-a100", GpuCount = 2, StartedAt = now.AddHours(-2), StoppedAt = now.AddHours(-1) });
            return await db.SaveChangesAsync();
        });
        using var client = hub.NewClient();
        await client.SignInAsync(organiser.Email!, HubFactory.Password);

        var page = await (await client.GetAsync($"/organise/{hackathon.Id}")).Content.ReadAsStringAsync();
        using var foreignStop = await client.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "StopServer");

        Assert.Contains("id=\"usage\"", page, StringComparison.Ordinal);
        Assert.Contains("10 GPU-hours per group", page, StringComparison.Ordinal);
        Assert.Contains("<span>2 of 10</span>", page, StringComparison.Ordinal);
        Assert.Contains("<meter", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignStop.StatusCode);
    }
}
