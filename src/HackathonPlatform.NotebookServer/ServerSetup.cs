using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>Wiring: configuration, services, Kestrel on loopback, path base, token and activity middleware.</summary>
public static class ServerSetup
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--workspace"] = "Workspace",
        ["--port"] = "Port",
        ["--token"] = "Token",
        ["--base-path"] = "BasePath",
        ["--kernel-host"] = "KernelHost",
        ["--qsharp-kernel"] = "QsharpKernel",
        ["--address"] = "Address",
        ["--cell-timeout"] = "CellTimeoutSeconds",
        ["--memory-mb"] = "MemoryMb",
        ["--sandbox"] = "Sandbox",
        ["--sandbox-uid"] = "SandboxUserId",
        ["--hidden"] = "HiddenPaths",
        ["--warm-kernel"] = "WarmKernel",
        ["--ui"] = "Ui",
        ["--parent-pid"] = "ParentPid",
        ["--max-kernels"] = "MaxKernels",
        ["--kernel-idle-minutes"] = "KernelIdleMinutes",
    };

    public static void AddNotebookServer(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddEnvironmentVariables("HACKATHON_NOTEBOOK_");
        builder.Configuration.AddCommandLine(args, Switches);
        var options = builder.Configuration.Get<NotebookServerOptions>() ?? new NotebookServerOptions();
        if (string.IsNullOrWhiteSpace(options.Workspace) || string.IsNullOrWhiteSpace(options.Token))
        {
            throw new InvalidOperationException("--workspace and a token (--token or HACKATHON_NOTEBOOK_TOKEN) are required.");
        }

        options.Workspace = Path.GetFullPath(options.Workspace);
        Directory.CreateDirectory(options.Workspace);
        options.BasePath = "/" + options.BasePath.Trim('/');
        var host = options.KernelHost ?? KernelHostLocator.Find() ?? throw new InvalidOperationException("hackathon-kernel.dll not found: pass --kernel-host.");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WorkspacePaths(options.Workspace));
        builder.Services.AddSingleton<ActivityTracker>();
        // Optional: without quantum/node_modules the server still runs C#; Q# notebooks then get a clear 503.
        var qsharp = options.QsharpKernel ?? QsharpKernelLocator.Find();
        builder.Services.AddSingleton(sp => new KernelManager(
            options.KernelOptions(host), options, sp.GetRequiredService<ILogger<KernelManager>>(), qsharp is null ? null : options.KernelOptions(qsharp)));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KernelManager>());
        builder.Services.AddHostedService<ParentWatch>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // stdout carries only the "listening on" line a spawner may read; logs go to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseUrls($"http://{options.Address}:{options.Port}");
    }

    public static void UseNotebookServer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<NotebookServerOptions>();
        if (options.BasePath != "/")
        {
            app.UsePathBase(options.BasePath);
        }

        app.Use(TokenCheck.Create(options.Token));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (WorkspacePathException ex)
            {
                await ApiErrors.Problem(ex.StatusCode, ex.Message).ExecuteAsync(context);
            }
        });
        var activity = app.Services.GetRequiredService<ActivityTracker>();
        app.Use(async (context, next) =>
        {
            // The hub's own polling of /api/status must not keep an idle server alive.
            if (!context.Request.Path.StartsWithSegments("/api/status"))
            {
                activity.Touch();
            }

            await next(context);
        });
        app.UseWebSockets();
        app.UseNotebookUi(NotebookUi.Locate(options.Ui));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Urls.Count > 0 ? string.Join(' ', app.Urls) : "?";
            Console.Out.WriteLine($"listening on {addresses}");
            Console.Out.Flush();
        });
    }
}
