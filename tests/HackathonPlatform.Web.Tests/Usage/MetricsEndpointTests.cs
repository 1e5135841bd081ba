using System.Net;
using System.Net.Http.Headers;
using HackathonPlatform.Web.Metrics;
using Microsoft.AspNetCore.Http;

namespace HackathonPlatform.Web.Tests.Usage;

public sealed class MetricsEndpointTests(UsageHub hub) : IClassFixture<UsageHub>
{
    [Fact]
    public async Task Metrics_need_the_configured_bearer_token_and_use_jupyterhub_names()
    {
        using var client = hub.CreateClient();

        using var anonymous = await client.GetAsync("/metrics");
        using var wrong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } });
        using var right = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", UsageHub.MetricsToken) } });
        var text = await right.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        foreach (var name in new[] { "jupyterhub_running_servers", "jupyterhub_active_users{period=\"24h\"}", "jupyterhub_total_users", "hackathon_servers{state=\"ready\"}", "hackathon_servers_running", "hackathon_grading_queue_length", "hackathon_gpus_in_use", "jupyterhub_server_spawn_duration_seconds" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_token_only_direct_loopback_requests_are_answered()
    {
        static HttpContext Request(IPAddress? from, string? forwardedFor = null)
        {
            var http = new DefaultHttpContext();
            http.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            return http;
        }

        Assert.True(MetricsEndpoint.IsAllowed(Request(IPAddress.Loopback), null));
        Assert.True(MetricsEndpoint.IsAllowed(Request(IPAddress.IPv6Loopback), ""));
        Assert.False(MetricsEndpoint.IsAllowed(Request(IPAddress.Parse("192.0.2.7")), null));
        Assert.False(MetricsEndpoint.IsAllowed(Request(null), null));
        // A reverse proxy on the same machine relays outside visitors from loopback.
        Assert.False(MetricsEndpoint.IsAllowed(Request(IPAddress.Loopback, "203.0.113.9"), null));
        // With a token, loopback alone is not enough.
        Assert.False(MetricsEndpoint.IsAllowed(Request(IPAddress.Loopback), "secret"));
    }
}
