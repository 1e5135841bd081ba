using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>One kernel shared by a test class (a cold start costs seconds); killed on disposal.</summary>
public sealed class KernelFixture : IAsyncLifetime
{
    public string Workspace { get; } = Directory.CreateTempSubdirectory("kernel-ws-").FullName;

    public KernelProcess Kernel { get; private set; } = null!;

    public async Task InitializeAsync() => Kernel = await KernelProcess.StartAsync(KernelTestOptions.Create(Workspace));

    public async Task DisposeAsync()
    {
        await Kernel.DisposeAsync();
        Directory.Delete(Workspace, recursive: true);
    }
}
