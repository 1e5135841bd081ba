namespace HackathonPlatform.Katas.Tests.Support;

/// <summary>One Q# kernel shared by a test class (start-up is ~1.5 s); tests use distinct names.</summary>
public sealed class KernelFixture : IAsyncLifetime
{
    private QsharpKernelClient? _kernel;

    internal QsharpKernelClient Kernel => _kernel ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _kernel = await QsharpKernelClient.StartAsync();

    public Task DisposeAsync()
    {
        _kernel?.Dispose();
        return Task.CompletedTask;
    }
}
