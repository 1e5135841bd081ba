using Microsoft.Extensions.FileProviders;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// Serves the browser front end (src/HackathonPlatform.NotebookUi, built into dist/) at the base
/// path, behind the same token check as the API (the hub's proxy adds the token).
/// </summary>
public static class NotebookUi
{
    /// <summary>The folder: --ui, else wwwroot beside the server, else the repository's built front end.</summary>
    public static string? Locate(string? configured)
    {
        if (configured is { Length: > 0 })
        {
            return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dist = Path.Combine(dir.FullName, "src", "HackathonPlatform.NotebookUi", "dist");
            if (File.Exists(Path.Combine(dist, "index.html")))
            {
                return dist;
            }
        }

        return null;
    }

    public static void UseNotebookUi(this WebApplication app, string? folder)
    {
        if (folder is null)
        {
            app.MapGet("/", () => Results.Text("The notebook front end is not built: run scripts/setup.sh (npm run build in src/HackathonPlatform.NotebookUi).", statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The page must always be fresh after a deploy; assets are small.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
