namespace HackathonPlatform.Katas.Tests.Support;

/// <summary>The katas catalogue, loaded once per test class (from the cache after the first run).</summary>
public sealed class CatalogFixture : IAsyncLifetime
{
    private KataCatalog? _catalog;

    public KataCatalog Catalog => _catalog ?? throw new InvalidOperationException("not loaded");

    public KatasOptions Options { get; } = Repository.RequireToolchain();

    public async Task InitializeAsync() => _catalog = await KataCatalog.LoadAsync(Options);

    public Task DisposeAsync() => Task.CompletedTask;
}
