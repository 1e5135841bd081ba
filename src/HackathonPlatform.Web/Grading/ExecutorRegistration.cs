using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks.Kernels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Chooses how submissions run: the sandboxed kernel processes of <see cref="KernelNotebookExecutor"/>
/// by default ("Grading:Executor" = "kernel"), or none ("none": submissions are stored and queued only).
/// "Grading:WarmKernels" (default 1; 0: cold) kernels are kept started ahead of the next submission,
/// each still used for one submission only. The hub process itself never runs participant code.
/// </summary>
internal static class ExecutorRegistration
{
    public static void AddNotebookExecutor(this IServiceCollection services, IConfiguration grading, string dataDirectory)
    {
        if (string.Equals(grading["Executor"], "none", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var host = grading["KernelHostPath"] is { Length: > 0 } configured ? configured : KernelHostLocator.Find();
        if (host is null || !File.Exists(host))
        {
            // The worker logs that grading waits for an executor; the hub itself still starts.
            return;
        }

        var sandbox = Enum.TryParse<SandboxMode>(grading["Sandbox"], ignoreCase: true, out var mode) ? mode : SandboxMode.Auto;
        var warm = int.TryParse(grading["WarmKernels"], out var count) ? Math.Max(0, count) : new GradingHubOptions().WarmKernels;
        services.TryAddSingleton<INotebookExecutor>(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<KernelNotebookExecutor>>();
            return new KernelNotebookExecutor(new KernelExecutorOptions
            {
                KernelHostPath = host,
                Sandbox = sandbox,
                // Participant code must not read the hub's database, workspaces or keys.
                HiddenPaths = [dataDirectory],
                WarmKernels = warm,
                Log = line => logger.LogDebug("{KernelLog}", line),
            });
        });
    }
}
