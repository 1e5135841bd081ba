using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Cli.Commands;

/// <summary>The sandboxed kernel executor for `exercise validate` and `grade`, when the kernel host is built.</summary>
internal static class GradingExecutors
{
    public static INotebookExecutor? Create(string? kernelHost, out string? error)
    {
        if ((kernelHost ?? KernelHostLocator.Find()) is not { } host || !File.Exists(host))
        {
            error = $"the kernel host (hackathon-kernel.dll) was not found: build src/HackathonPlatform.KernelHost or set {KernelHostLocator.EnvironmentVariable}";
            return null;
        }

        error = null;
        return new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host });
    }
}
