using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Cli.Commands;

/// <summary>The sandboxed kernel executor for `exercise validate` and `grade`, when the kernel host is built.</summary>
internal static class GradingExecutors
{
    /// <param name="kernelHost">The host given on the command line, or null to find the built one.</param>
    /// <param name="error">Why there is no executor.</param>
    /// <param name="warmKernels">Kernels to keep started ahead of the next notebook (a batch); 0 starts one per notebook.</param>
    public static KernelNotebookExecutor? Create(string? kernelHost, out string? error, int warmKernels = 0)
    {
        if ((kernelHost ?? KernelHostLocator.Find()) is not { } host || !File.Exists(host))
        {
            error = $"the kernel host (hackathon-kernel.dll) was not found: build src/HackathonPlatform.KernelHost or set {KernelHostLocator.EnvironmentVariable}";
            return null;
        }

        error = null;
        return new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host, WarmKernels = warmKernels });
    }
}
