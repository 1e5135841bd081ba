using System.Net;
using System.Security.Cryptography;
using System.Text;
using Prometheus;

namespace HackathonPlatform.Web.Metrics;

/// <summary>
/// GET /metrics in Prometheus' text format. With <c>Metrics:Token</c> configured, a scraper must send
/// <c>Authorization: Bearer TOKEN</c>; without it, only direct requests from the hub's own machine are answered.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapHubMetrics(this IEndpointRouteBuilder app) =>
        app.MapGet("/metrics", HandleAsync).ExcludeFromDescription();

    /// <summary>Whether the request may read the metrics: the right bearer token, or (no token configured) loopback.</summary>
    internal static bool IsAllowed(HttpContext http, string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            var header = http.Request.Headers.Authorization.ToString();
            const string Prefix = "Bearer ";
            return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Prefix.Length..].Trim()), Encoding.UTF8.GetBytes(token));
        }

        // A reverse proxy on the same machine makes every visitor look local; it adds X-Forwarded-For, so such
        // requests are refused: behind a proxy, configure a token.
        return http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) && !http.Request.Headers.ContainsKey("X-Forwarded-For");
    }

    private static async Task HandleAsync(HttpContext http, HubMetrics metrics, IConfiguration configuration, CancellationToken ct)
    {
        var token = configuration["Metrics:Token"];
        if (!IsAllowed(http, token))
        {
            http.Response.StatusCode = string.IsNullOrEmpty(token) ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            if (!string.IsNullOrEmpty(token))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return;
        }

        http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await metrics.Registry.CollectAndExportAsTextAsync(http.Response.Body, ct);
    }
}
