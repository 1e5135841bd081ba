using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace HackathonPlatform.Web.Security;

/// <summary>
/// Personal API tokens on /api: <c>Authorization: token SECRET</c> (JupyterHub's form) or <c>Bearer SECRET</c>
/// authenticates as the token's owner with the owner's roles. A token that does not validate is refused with 401 on
/// every /api endpoint, anonymous ones included (as JupyterHub does), so a client never mistakes a dead token for
/// a working one. Pages keep the Identity cookie only, so a token never reaches the token pages (a stolen token
/// cannot mint more).
/// </summary>
public static class ApiTokenAuthentication
{
    /// <summary>The token scheme's name.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The default scheme: the token scheme for /api requests that carry a token, else the Identity cookie.</summary>
    public const string CookieOrToken = "CookieOrApiToken";

    /// <summary>
    /// Registers the token handler beside Identity's cookie and makes <see cref="CookieOrToken"/> the default for
    /// authenticating, challenging and forbidding, so every authorization policy accepts both without naming schemes.
    /// Call after <c>AddIdentity</c> (whose defaults this replaces).
    /// </summary>
    public static IServiceCollection AddApiTokenAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = CookieOrToken;
                o.DefaultChallengeScheme = CookieOrToken;
                o.DefaultForbidScheme = CookieOrToken;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(Scheme, null)
            .AddPolicyScheme(CookieOrToken, "Identity cookie, or an API token on /api", o =>
                o.ForwardDefaultSelector = ctx => PresentedSecret(ctx.Request) is not null ? Scheme : IdentityConstants.ApplicationScheme);
        return services;
    }

    /// <summary>The secret of an /api request's <c>Authorization: token …</c> or <c>Bearer …</c> header; null elsewhere.</summary>
    public static string? PresentedSecret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Path.StartsWithSegments("/api") || request.Headers.Authorization.ToString() is not { Length: > 0 } header)
        {
            return null;
        }

        foreach (var prefix in (string[])["token ", "Bearer "])
        {
            if (header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return header[prefix.Length..].Trim() is { Length: > 0 } secret ? secret : null;
            }
        }

        return null;
    }
}
