using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>Options for test kernels: the host built beside these tests, a fresh workspace.</summary>
internal static class KernelTestOptions
{
    public static KernelProcessOptions Create(string workspace, KernelLimits? limits = null) => new()
    {
        HostPath = KernelHostLocator.Find() ?? throw new InvalidOperationException("hackathon-kernel.dll was not built."),
        WorkingDirectory = workspace,
        Limits = limits ?? KernelLimits.Default with { CellTimeout = TimeSpan.FromSeconds(60) },
        Log = line => Console.Error.WriteLine(line),
    };
}
