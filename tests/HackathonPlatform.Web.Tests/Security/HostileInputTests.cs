using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Security;

public sealed class HostileInputTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Hostile_markdown_in_a_description_renders_inert()
    {
        var organiser = await hub.CreateUserAsync("evil-organiser", PlatformRoles.Organiser);
        using var client = hub.NewClient();
        await client.SignInAsync(organiser.Email!, HubFactory.Password);
        var body = new
        {
            title = "Hostile",
            venue = "Online",
            startsAt = DateTimeOffset.UtcNow.AddDays(5),
            endsAt = DateTimeOffset.UtcNow.AddDays(6),
            capacity = 5,
            groupSize = 1,
            descriptionMarkdown = """
                <script>alert('x')</script>
                [click](javascript:alert(1)) <img src=x onerror="alert(2)"> <a href="https://ok.example" onclick="alert(3)">link</a>
                <iframe src="https://evil.example"></iframe>
                ![pic](javascript:alert(4))
                """,
        };
        var created = await client.PostJsonAsync("/api/hackathons", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetInt32();
        var slug = json.GetProperty("slug").GetString();
        await client.Http.PostAsync($"/api/hackathons/{id}/publish", null);

        var page = await client.Http.GetStringAsync($"/hackathons/{slug}");
        // Parse the page as a browser would: what matters is the elements and attributes, not the escaped text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var article = document.QuerySelector("article.prose")!;
        var elements = article.QuerySelectorAll("*").ToList();

        Assert.Empty(article.QuerySelectorAll("script, iframe, img[onerror], object, embed"));
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('x')</script>", article.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_hackathons_get_problem_details_from_the_api_and_messages_on_the_page_and_nothing_is_saved()
    {
        var organiser = await hub.CreateUserAsync("careless-organiser", PlatformRoles.Organiser);
        using var client = hub.NewClient();
        await client.SignInAsync(organiser.Email!, HubFactory.Password);
        var before = (await client.Http.GetStringAsync("/organise")).Split("<tr>").Length;

        var api = await client.PostJsonAsync("/api/hackathons", new { title = new string('x', 300), startsAt = "2027-01-02T00:00:00Z", endsAt = "2027-01-01T00:00:00Z", capacity = 0, groupSize = 4 });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("EndsAt", out _));
        Assert.True(errors.TryGetProperty("Capacity", out _));

        var form = await client.PostFormAsync("/organise/new", new()
        {
            ["Form.Title"] = "Backwards",
            ["Form.StartsAt"] = "2027-03-02T09:00",
            ["Form.EndsAt"] = "2027-03-01T09:00",
            ["Form.Capacity"] = "-5",
            ["Form.GroupSize"] = "4",
        });
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("The end must be after the start.", html, StringComparison.Ordinal);
        Assert.Contains("Capacity must be between 1 and", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Backwards\"", html, StringComparison.Ordinal);

        var garbled = await client.PostFormAsync("/organise/new", new() { ["Form.Title"] = "Bad date", ["Form.StartsAt"] = "not a date", ["Form.EndsAt"] = "2027-03-01T09:00", ["Form.Capacity"] = "5", ["Form.GroupSize"] = "1" });
        Assert.Contains("Start is not a date", await garbled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.Http.GetStringAsync("/organise")).Split("<tr>").Length);
    }

    [Fact]
    public async Task Unknown_ids_get_404_on_pages_and_problem_details_on_the_api()
    {
        using var admin = hub.NewClient();
        await admin.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/organise/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/hackathons/no-such-hackathon")).StatusCode);
        var api = await admin.GetAsync("/api/hackathons/987654");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var decision = await admin.PostJsonAsync("/api/hackathons/987654/registrations/1/decision", new { status = "Maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, decision.StatusCode);
    }

    [Fact]
    public async Task Over_capacity_applications_through_the_api_are_waitlisted_with_their_position()
    {
        var organiser = await hub.CreateUserAsync("tiny-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Tiny", capacity: 1);
        var statuses = new List<string>();
        foreach (var name in new[] { "seat-1", "seat-2", "seat-3" })
        {
            var user = await hub.CreateUserAsync(name);
            using var client = hub.NewClient();
            await client.SignInAsync(user.Email!, HubFactory.Password);
            var response = await client.PostJsonAsync($"/api/hackathons/{hackathon.Id}/registrations", new { answers = new Dictionary<int, string> { [hackathon.Questions[0].Id] = "Physics" } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            statuses.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!);
            if (name == "seat-3")
            {
                var page = await client.Http.GetStringAsync("/me/hackathons");
                Assert.Contains("wait-listed, position 2", page, StringComparison.Ordinal);
            }
        }

        Assert.Equal(["Accepted", "Waitlisted", "Waitlisted"], statuses);
    }
}
