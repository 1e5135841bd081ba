using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Spawning;

/// <summary>Reads a running server's status with its token: the input of idle culling (stop when <see cref="ServerStatus.LastActivity"/> is too old).</summary>
public static class ServerStatusClient
{
    /// <summary>Fetches /api/status.</summary>
    /// <param name="http">A client (the hub's shared one).</param>
    /// <param name="endpoint">The server.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The status, or null when the server does not answer properly.</returns>
    public static async Task<ServerStatus?> GetAsync(HttpClient http, ServerEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint.Url, "api/status"));
        request.Headers.Authorization = new AuthenticationHeaderValue("token", endpoint.Token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode
                || await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) is not { } json
                || json["lastActivity"] is not JsonValue last
                || json["kernels"] is not JsonValue kernels)
            {
                return null;
            }

            return new ServerStatus(
                last.GetValue<DateTimeOffset>(),
                kernels.GetValue<int>(),
                json["warmKernelReady"]?.GetValue<bool>() ?? false,
                json["isolation"]?["bubblewrap"]?.GetValue<bool>() ?? false,
                json["isolation"]?["notes"]?.GetValue<string>() ?? "");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
