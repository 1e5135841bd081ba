using System.Security.Cryptography;
using System.Text;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// Every request must carry the server's token: <c>Authorization: token X</c> (what the hub's
/// proxy adds, as JupyterHub does) or <c>Bearer X</c>, a <c>token</c> query parameter, or the
/// <c>hackathon-notebook-token</c> cookie (for WebSocket clients that cannot set headers).
/// </summary>
public static class TokenCheck
{
    public const string CookieName = "hackathon-notebook-token";

    public static Func<HttpContext, RequestDelegate, Task> Create(string token)
    {
        var expected = Encoding.UTF8.GetBytes(token);
        return async (context, next) =>
        {
            if (!Matches(Presented(context.Request), expected))
            {
                await ApiErrors.Problem(StatusCodes.Status401Unauthorized, "A valid token is required.").ExecuteAsync(context);
                return;
            }

            await next(context);
        };
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        foreach (var scheme in new[] { "token ", "Bearer " })
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return header[scheme.Length..].Trim();
            }
        }

        return request.Query["token"].FirstOrDefault() ?? request.Cookies[CookieName];
    }

    // Constant-time, so the token cannot be guessed byte by byte from response times.
    private static bool Matches(string? presented, byte[] expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
