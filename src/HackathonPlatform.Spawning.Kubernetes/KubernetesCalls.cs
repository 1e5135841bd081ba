using System.Net;
using k8s.Autorest;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>The API server's answers that are not failures for the spawner: a missing object is news, not an error.</summary>
internal static class KubernetesCalls
{
    public static async Task<T?> OrNullWhenMissingAsync<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call;
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public static async Task DeleteAsync<T>(Func<Task<T>> delete)
    {
        try
        {
            await delete();
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone: what a delete wants.
        }
    }

    public static bool IsConflict(Exception ex) => ex is HttpOperationException { Response.StatusCode: HttpStatusCode.Conflict };

    /// <summary>Whether the API server could not be reached or answered with an error (not a client bug).</summary>
    public static bool IsApiFailure(Exception ex) => ex is HttpOperationException or HttpRequestException or TaskCanceledException { InnerException: TimeoutException };

    public static string Describe(Exception ex) => ex is HttpOperationException http
        ? $"the Kubernetes API answered {(int)http.Response.StatusCode} {http.Response.ReasonPhrase}: {Trim(http.Response.Content)}"
        : $"the Kubernetes API is unreachable: {ex.Message}";

    private static string Trim(string? content) => content is null ? "" : content.Length > 300 ? content[..300] + "…" : content;
}
