using System.Net;
using HackathonPlatform.Core.Workspaces;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The authenticated reverse proxy (the JupyterHub pattern): /servers/{owner}/... goes to that owner's
/// notebook server on loopback, WebSockets included. Membership is checked on every request; the hub
/// adds the server's secret token and strips the browser's cookies, so a server never sees hub credentials.
/// </summary>
public static class ServerProxy
{
    /// <summary>Maps the proxy route.</summary>
    public static IEndpointRouteBuilder MapServerProxy(this IEndpointRouteBuilder app)
    {
        app.Map("/servers/{owner}/{**rest}", ForwardAsync).WithMetadata(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }

    private static async Task ForwardAsync(HttpContext context, string owner, IHttpForwarder forwarder, ServerAccess access, IServerDirectory directory, ForwarderHttpClientFactoryHolder clients)
    {
        var parsed = ServerOwners.Parse(owner);
        if (parsed is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.Redirect($"/account/login?ReturnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            return;
        }

        if (!await access.MayOpenAsync(context.User, parsed, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("This server belongs to another group.");
            return;
        }

        var endpoint = await directory.FindReadyAsync(parsed, context.RequestAborted);
        if (endpoint is null)
        {
            // A stopped or crashed server: send people to the page that says so and offers to start it.
            context.Response.Redirect($"/my/servers/{parsed.Key}");
            return;
        }

        directory.Touch(parsed);
        var transformer = new TokenTransformer(endpoint.Token);
        var error = await forwarder.SendAsync(context, endpoint.Url.GetLeftPart(UriPartial.Authority), clients.Client, ForwarderRequestConfig.Empty, transformer);
        if (error != ForwarderError.None && !context.Response.HasStarted)
        {
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
            await context.Response.WriteAsync("The notebook server did not answer. It may have stopped: reload to see its state.");
        }
    }

    private sealed class TokenTransformer(string token) : HttpTransformer
    {
        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Remove("Cookie");
            proxyRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", token);
            // The server serves under the same base path as the hub exposes (/servers/{owner}/...).
            proxyRequest.RequestUri = RequestUtilities.MakeDestinationAddress(destinationPrefix, httpContext.Request.Path, httpContext.Request.QueryString);
        }
    }
}

/// <summary>One pooled HttpMessageInvoker for all proxied requests (YARP's recommendation).</summary>
public sealed class ForwarderHttpClientFactoryHolder
{
    /// <summary>The invoker: no proxy, no cookies, no automatic redirects or decompression.</summary>
    public HttpMessageInvoker Client { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        EnableMultipleHttp2Connections = true,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    });
}
