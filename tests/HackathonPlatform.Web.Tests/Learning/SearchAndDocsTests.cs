using System.Net;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Learning;

public sealed class SearchAndDocsTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    // The hub indexes the docs at start, so the site is built before the first request starts the hub.
    public Task InitializeAsync() => DocsBuild.EnsureBuiltAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Search_finds_lectures_with_highlighted_snippets()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/search?q=backpropagation");

        Assert.Contains("href=\"/courses/neural-networks/backpropagation\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_for_gpu_finds_a_docs_page_too()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/search?q=GPU");

        Assert.Contains("data-kind=\"doc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"lecture\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_queries_are_encoded_and_empty_ones_show_the_form()
    {
        using var client = hub.NewClient();
        var hostile = await client.Http.GetStringAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> gradient"));
        var empty = await client.GetAsync("/search");
        var huge = await client.GetAsync("/search?q=" + new string('a', 5000));

        Assert.DoesNotContain("<script>alert(1)", hostile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
    }

    [Fact]
    public async Task The_docs_are_served_under_docs_and_cannot_reach_outside_the_site()
    {
        using var client = hub.NewClient();
        var redirect = await client.GetAsync("/docs");
        var home = await client.GetAsync("/docs/");
        var traversal = await client.GetAsync("/docs/..%2F..%2FHackathonPlatform.sln");

        Assert.Equal("/docs/", redirect.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/docs/no-such-page.html")).StatusCode);
    }
}
