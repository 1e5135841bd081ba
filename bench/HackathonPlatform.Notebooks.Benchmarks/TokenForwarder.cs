using System.Net;
using Yarp.ReverseProxy.Forwarder;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// A hub-style proxy in this process: YARP's forwarder with the hub's transform (server token added,
/// cookies dropped, path kept) and the hub's pooled handler settings. It leaves out the hub's per-request
/// membership check, so it measures the forwarding cost, the part comparable to configurable-http-proxy.
/// </summary>
internal sealed class TokenForwarder(WebApplication app) : IAsyncDisposable
{
    public Uri Origin { get; } = new(app.Urls.First());

    public static async Task<TokenForwarder> StartAsync(Uri server, string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        });
        var transformer = new TokenTransformer(token);
        var destination = server.GetLeftPart(UriPartial.Authority);
        app.Map("/{**rest}", async (HttpContext context, IHttpForwarder forwarder) =>
            await forwarder.SendAsync(context, destination, client, ForwarderRequestConfig.Empty, transformer));
        await app.StartAsync();
        return new TokenForwarder(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class TokenTransformer(string token) : HttpTransformer
    {
        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Remove("Cookie");
            proxyRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", token);
            proxyRequest.RequestUri = RequestUtilities.MakeDestinationAddress(destinationPrefix, httpContext.Request.Path, httpContext.Request.QueryString);
        }
    }
}
