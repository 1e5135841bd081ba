namespace HackathonPlatform.NotebookServer;

/// <summary>
/// GET /api/status: readiness (the spawner waits for it), last activity for idle culling (the hub's
/// polling of this endpoint does not count as activity), and the kernels' actual isolation.
/// </summary>
public static class StatusApi
{
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow;
    private static readonly string[] CSharpOnly = ["csharp"];
    private static readonly string[] CSharpAndQsharp = ["csharp", "qsharp"];

    public static void MapStatusApi(this WebApplication app) =>
        app.MapGet("/api/status", (KernelManager kernels, ActivityTracker activity, NotebookServerOptions options) =>
        {
            var last = kernels.LastKernelActivity is { } k && k > activity.LastActivity ? k : activity.LastActivity;
            return Results.Ok(new
            {
                started = Started,
                lastActivity = last,
                kernels = kernels.Kernels.Count,
                warmKernelReady = kernels.WarmKernelReady,
                languages = kernels.QsharpOptions is null ? CSharpOnly : CSharpAndQsharp,
                basePath = options.BasePath,
                isolation = kernels.Isolation,
                processId = Environment.ProcessId,
            });
        });
}
