using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>
/// The few slurmrestd calls the platform needs (submit, job, jobs, cancel), with JWT headers and a
/// bound on every call. Errors become <see cref="SlurmException"/> with Slurm's own message.
/// </summary>
public sealed class SlurmRestClient
{
    private readonly HttpClient _http;
    private readonly SlurmRestOptions _options;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client (shared; its own timeout should be longer than <see cref="SlurmRestOptions.RequestTimeout"/>).</param>
    /// <param name="options">Where and who.</param>
    public SlurmRestClient(HttpClient http, SlurmRestOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Submits a batch job.</summary>
    /// <param name="request">The job.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The job id.</returns>
    /// <exception cref="SlurmException">Slurm refused the job (the reason is Slurm's) or is unreachable.</exception>
    public async Task<long> SubmitAsync(SlurmJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await SendAsync(HttpMethod.Post, "job/submit", request.ToJson(), cancellationToken);
        return body["job_id"]?.GetValue<long>() is > 0 and var id ? id : throw new SlurmException("slurmrestd accepted the job but returned no job id.");
    }

    /// <summary>One job, or null when Slurm no longer knows it (finished longer than MinJobAge ago).</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The job or null.</returns>
    public async Task<SlurmJobInfo?> GetJobAsync(long jobId, CancellationToken cancellationToken = default)
    {
        try
        {
            var body = await SendAsync(HttpMethod.Get, $"job/{jobId.ToString(CultureInfo.InvariantCulture)}", null, cancellationToken);
            return body["jobs"] is JsonArray { Count: > 0 } jobs ? SlurmJobInfo.FromJson(jobs[0]!.AsObject()) : null;
        }
        catch (SlurmException ex) when (ex.Message.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
    }

    /// <summary>Every job the controller knows (all users).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The jobs.</returns>
    public async Task<IReadOnlyList<SlurmJobInfo>> GetJobsAsync(CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Get, "jobs", null, cancellationToken);
        return body["jobs"] is JsonArray jobs ? jobs.OfType<JsonObject>().Select(SlurmJobInfo.FromJson).ToList() : [];
    }

    /// <summary>Cancels a job (scancel); a job that already ended is not an error.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task.</returns>
    public async Task CancelAsync(long jobId, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync(HttpMethod.Delete, $"job/{jobId.ToString(CultureInfo.InvariantCulture)}", null, cancellationToken);
        }
        catch (SlurmException ex) when (ex.Message.Contains("already completed", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing left to cancel.
        }
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.BaseUrl, $"/slurm/{_options.ApiVersion}/{path}"));
        request.Headers.Add("X-SLURM-USER-NAME", _options.UserName);
        request.Headers.Add("X-SLURM-USER-TOKEN", _options.Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            // slurmrestd answers 400 to "application/json; charset=utf-8": the bare type only.
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        string text;
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                throw new SlurmException($"slurmrestd refused the credentials of '{_options.UserName}' ({(int)response.StatusCode}): check the JWT (scontrol token).");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlurmException($"Slurm did not answer within {_options.RequestTimeout.TotalSeconds:0} s ({_options.BaseUrl}): the controller or slurmrestd is down or overloaded.");
        }
        catch (HttpRequestException ex)
        {
            throw new SlurmException($"slurmrestd at {_options.BaseUrl} cannot be reached: {ex.Message}", ex);
        }

        JsonObject json;
        try
        {
            json = JsonNode.Parse(text)?.AsObject() ?? throw new SlurmException("slurmrestd returned an empty body.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new SlurmException($"slurmrestd returned something that is not JSON: {text[..Math.Min(200, text.Length)]}", ex);
        }

        if (json["errors"] is JsonArray { Count: > 0 } errors)
        {
            var messages = errors.OfType<JsonObject>().Select(e => (e["description"]?.GetValue<string>() is { Length: > 0 } d ? d + ": " : "") + e["error"]?.GetValue<string>());
            throw new SlurmException($"Slurm: {string.Join("; ", messages)}");
        }

        return json;
    }
}
