using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// /api/kernels: start (for a notebook), list, get, interrupt, restart, shut down; execute a cell
/// and get all its events (REST), or stream them over the WebSocket at /api/kernels/{id}/channels.
/// </summary>
public static class KernelsApi
{
    public static void MapKernelsApi(this WebApplication app)
    {
        var kernels = app.MapGroup("/api/kernels");
        kernels.MapGet("/", (KernelManager manager) => manager.Kernels.Select(k => k.ToModel()));
        kernels.MapPost("/", StartAsync);
        kernels.MapGet("/{id}", (string id, KernelManager manager) =>
            manager.Find(id) is { } kernel ? Results.Ok(kernel.ToModel()) : NotFound(id));
        kernels.MapDelete("/{id}", async (string id, KernelManager manager) =>
            await manager.ShutdownAsync(id) ? Results.NoContent() : NotFound(id));
        kernels.MapPost("/{id}/interrupt", async (string id, KernelManager manager) =>
        {
            if (manager.Find(id) is not { } kernel)
            {
                return NotFound(id);
            }

            await kernel.Process.InterruptAsync();
            return Results.NoContent();
        });
        kernels.MapPost("/{id}/restart", async (string id, KernelManager manager, CancellationToken cancellationToken) =>
        {
            if (manager.Find(id) is not { } kernel)
            {
                return NotFound(id);
            }

            await kernel.Process.RestartAsync(cancellationToken);
            return Results.Ok(kernel.ToModel());
        });
        kernels.MapPost("/{id}/execute", ExecuteAsync);
        kernels.MapGet("/{id}/channels", KernelSocket.RunAsync);
    }

    private static async Task<IResult> StartAsync(StartKernelRequest? request, KernelManager manager, WorkspacePaths paths, CancellationToken cancellationToken)
    {
        var language = request?.Path is { } path ? NotebookLanguages.Detect(paths.Resolve(path)) : KernelLanguage.CSharp;
        try
        {
            var kernel = await manager.StartKernelAsync(request?.Path, language, cancellationToken);
            return Results.Created($"/api/kernels/{kernel.Id}", kernel.ToModel());
        }
        catch (KernelStartException ex)
        {
            return ApiErrors.Problem(StatusCodes.Status503ServiceUnavailable, ex.Message);
        }
    }

    private static async Task<IResult> ExecuteAsync(string id, ExecuteRequest request, KernelManager manager, CancellationToken cancellationToken)
    {
        if (manager.Find(id) is not { } kernel)
        {
            return NotFound(id);
        }

        var lines = new List<string>();
        await foreach (var kernelEvent in kernel.Process.ExecuteAsync(request.Code, request.CellId, cancellationToken: cancellationToken))
        {
            lines.Add(KernelProtocol.Serialize(kernelEvent));
        }

        return Results.Text($"[{string.Join(',', lines)}]", "application/json");
    }

    private static IResult NotFound(string id) => ApiErrors.Problem(StatusCodes.Status404NotFound, $"No kernel '{id}'.");
}
