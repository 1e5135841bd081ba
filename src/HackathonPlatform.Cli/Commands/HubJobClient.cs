using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HackathonPlatform.Cli.Commands;

/// <summary>A job as the hub's API answers it (the fields the command prints).</summary>
internal sealed record HubJob(
    int Id, string Name, string State, string Reason, string Flavour, int GpuCount,
    DateTimeOffset SubmittedAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int? ExitCode);

/// <summary>The hub refused a request or could not be reached; the message is the hub's reason.</summary>
internal sealed class HubRefusedException(string message) : Exception(message);

/// <summary>
/// The hub's job API (/api/groups/{groupId}/jobs) with a personal API token (<c>Authorization: token …</c>).
/// Every refusal becomes a <see cref="HubRefusedException"/> carrying the hub's own reason.
/// </summary>
internal sealed class HubJobClient(HttpClient http, int groupId) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client for the hub at <paramref name="hubUrl"/> acting with <paramref name="token"/>.</summary>
    public static HubJobClient Create(Uri hubUrl, string token, int groupId)
    {
        var http = new HttpClient { BaseAddress = hubUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", token);
        return new HubJobClient(http, groupId);
    }

    private string Jobs => $"api/groups/{groupId.ToString(CultureInfo.InvariantCulture)}/jobs";

    public async Task<HubJob> SubmitAsync(string script, string? flavour, string? name, CancellationToken ct) =>
        (await ReadAsync<HubJob>(await SendAsync(() => http.PostAsJsonAsync(Jobs, new { script, flavour, name }, Json, ct)), ct))!;

    public async Task<List<HubJob>> ListAsync(CancellationToken ct) =>
        (await ReadAsync<List<HubJob>>(await SendAsync(() => http.GetAsync(Jobs, ct)), ct))!;

    public async Task<HubJob> CancelAsync(int jobId, CancellationToken ct) =>
        (await ReadAsync<HubJob>(await SendAsync(() => http.PostAsync($"{Jobs}/{jobId.ToString(CultureInfo.InvariantCulture)}/cancel", null, ct)), ct))!;

    public async Task<string> LogAsync(int jobId, CancellationToken ct)
    {
        using var response = await SendAsync(() => http.GetAsync($"{Jobs}/{jobId.ToString(CultureInfo.InvariantCulture)}/log", ct));
        await ThrowUnlessOkAsync(response, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException ex)
        {
            throw new HubRefusedException($"cannot reach the hub at {http.BaseAddress}: {ex.Message}");
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            throw new HubRefusedException($"the hub at {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s");
        }
    }

    private async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            await ThrowUnlessOkAsync(response, ct);
            return await response.Content.ReadFromJsonAsync<T>(Json, ct);
        }
    }

    private async Task ThrowUnlessOkAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var reason = Reason(await response.Content.ReadAsStringAsync(ct));
        throw new HubRefusedException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => $"the hub refused the token: {reason ?? "sign-in required"}",
            HttpStatusCode.Forbidden => $"the hub refused: your account may not use the jobs of group {groupId} (403 Forbidden)",
            HttpStatusCode.NotFound => $"the hub knows no such group or job (group {groupId}; 404 Not Found)",
            _ => $"the hub refused ({(int)response.StatusCode}): {reason ?? response.ReasonPhrase}",
        });
    }

    // The token handler answers {"message": ...}; validation problems {"errors": {"Quota": ["..."]}}; others a title.
    private static string? Reason(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                return string.Join(" ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())));
            }

            return root.TryGetProperty("message", out var message) ? message.GetString()
                : root.TryGetProperty("title", out var title) ? title.GetString()
                : null;
        }
        catch (JsonException)
        {
            return string.IsNullOrWhiteSpace(body) ? null : body.Trim();
        }
    }
}
