using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace HackathonPlatform.Web.Benchmarks;

/// <summary>The baseline: Kestrel answering fixed JSON with nothing else in the pipeline, in the same process as the hub.</summary>
internal sealed class BareHost(WebApplication app, string url) : IAsyncDisposable
{
    public const string Path = "/json";

    public string Url { get; } = url;

    public static async Task<BareHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(Path, () => Microsoft.AspNetCore.Http.Results.Text("{\"message\":\"Hello, World!\"}", "application/json"));
        await app.StartAsync();
        return new BareHost(app, HubHost.BoundUrl(app));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
