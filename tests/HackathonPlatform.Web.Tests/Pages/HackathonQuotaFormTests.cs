using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Pages;

/// <summary>GPU quotas (GPU-hours per group, GPUs at once) on the new/edit hackathon form and the hackathon API.</summary>
public sealed class HackathonQuotaFormTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Quotas_typed_on_the_new_form_are_saved_shown_again_on_edit_and_empty_means_unlimited()
    {
        using var client = await OrganiserAsync("quota-form");

        using var created = await client.PostFormAsync("/organise/new", Form("Quota form", gpuHours: "12.5", maxGpus: "2"));
        var limited = await FindAsync(created);
        var edit = await client.Http.GetStringAsync($"/organise/{limited.Id}/edit");
        using var updated = await client.PostFormAsync($"/organise/{limited.Id}/edit", Form("Quota form", gpuHours: " ", maxGpus: ""));
        var unlimited = await ReloadAsync(limited.Id);

        Assert.Equal((12.5, 2), (limited.GpuHoursPerGroup, limited.MaxConcurrentGpus));
        Assert.Contains("name=\"Form.GpuHoursPerGroup\" type=\"number\" min=\"0\" step=\"any\" value=\"12.5\"", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.MaxConcurrentGpus\" type=\"number\" min=\"0\" step=\"1\" value=\"2\"", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal((null, null), (unlimited.GpuHoursPerGroup, unlimited.MaxConcurrentGpus));
    }

    [Theory]
    [InlineData("-1", "", "GPU-hours per group must be a number of at least 0")]
    [InlineData("", "-2", "GPUs at once must be at least 0")]
    [InlineData("lots", "", "GPU-hours per group is not a number")]
    [InlineData("", "1.5", "GPUs at once is not a whole number")]
    public async Task A_negative_or_unreadable_quota_is_a_form_error_and_nothing_is_created(string gpuHours, string maxGpus, string error)
    {
        using var client = await OrganiserAsync($"quota-bad-{Guid.NewGuid():N}"[..20]);
        var title = $"Bad quota {Guid.NewGuid():N}";

        using var response = await client.PostFormAsync("/organise/new", Form(title, gpuHours, maxGpus));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, page, StringComparison.Ordinal);
        Assert.Contains("class=\"errors\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(await hub.WithScopeAsync(async sp => await sp.GetRequiredService<HackathonService>().ListOrganisedAsync("", isAdmin: true)), s => s.Hackathon.Title == title);
    }

    [Fact]
    public async Task The_api_takes_quotas_on_create_and_update_returns_them_and_refuses_negative_ones()
    {
        using var client = await OrganiserAsync("quota-api");

        using var created = await client.Http.PostAsJsonAsync("/api/hackathons", Body("Quota API") with { GpuHoursPerGroup = 8, MaxConcurrentGpus = 4 });
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetInt32();
        using var negative = await client.Http.PutAsJsonAsync($"/api/hackathons/{id}", Body("Quota API") with { GpuHoursPerGroup = -0.5, MaxConcurrentGpus = -1 });
        var problem = await negative.Content.ReadFromJsonAsync<JsonElement>();
        using var updated = await client.Http.PutAsJsonAsync($"/api/hackathons/{id}", Body("Quota API") with { GpuHoursPerGroup = 0, MaxConcurrentGpus = null });
        var after = await updated.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((8.0, 4), (dto.GetProperty("gpuHoursPerGroup").GetDouble(), dto.GetProperty("maxConcurrentGpus").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("GpuHoursPerGroup", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("MaxConcurrentGpus", out _));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(0.0, after.GetProperty("gpuHoursPerGroup").GetDouble());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("maxConcurrentGpus").ValueKind);
        Assert.Equal((0.0, (int?)null), ((await ReloadAsync(id)).GpuHoursPerGroup, (await ReloadAsync(id)).MaxConcurrentGpus));
    }

    private static Dictionary<string, string> Form(string title, string gpuHours, string maxGpus) => new()
    {
        ["Form.Title"] = title,
        ["Form.Venue"] = "Online",
        ["Form.StartsAt"] = "2031-03-02T09:00",
        ["Form.EndsAt"] = "2031-03-04T17:00",
        ["Form.Capacity"] = "20",
        ["Form.GroupSize"] = "4",
        ["Form.AutoAccept"] = "true",
        ["Form.Description"] = "",
        ["Form.GpuHoursPerGroup"] = gpuHours,
        ["Form.MaxConcurrentGpus"] = maxGpus,
    };

    private static HackathonInput Body(string title) => new()
    {
        Title = title,
        Slug = "quota-api",
        Venue = "Online",
        StartsAt = new DateTimeOffset(2031, 3, 2, 9, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2031, 3, 4, 17, 0, 0, TimeSpan.Zero),
        Capacity = 20,
        GroupSize = 4,
    };

    private async Task<HubClient> OrganiserAsync(string name)
    {
        var organiser = await hub.CreateUserAsync(name, PlatformRoles.Organiser);
        var client = hub.NewClient();
        await client.SignInAsync(organiser.Email!, HubFactory.Password);
        return client;
    }

    /// <summary>The hackathon the new form redirected to (/organise/{id}).</summary>
    private async Task<Hackathon> FindAsync(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return await ReloadAsync(id);
    }

    private Task<Hackathon> ReloadAsync(int id) =>
        hub.WithScopeAsync(async sp => (await sp.GetRequiredService<HackathonService>().FindAsync(id))!);
}
