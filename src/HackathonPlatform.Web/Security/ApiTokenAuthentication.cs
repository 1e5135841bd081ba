using System.Text.Encodings.Web;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Security;

/// <summary>
/// Personal API tokens on /api: <c>Authorization: token SECRET</c> (JupyterHub's form) or <c>Bearer SECRET</c>
/// authenticates as the token's owner with the owner's roles. Pages keep the Identity cookie only, so a token
/// never reaches the token pages (a stolen token cannot mint more).
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

/// <summary>Authenticates an /api request by its API token as the token owner's account, with the same claims a sign-in gives.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenService tokens, UserManager<PlatformUser> users, IUserClaimsPrincipalFactory<PlatformUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string RefusalKey = "ApiTokenRefusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenAuthentication.PresentedSecret(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var (token, refusal) = await tokens.ValidateAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return Fail(refusal!);
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Fail("The API token's account is locked or gone.");
        }

        // The same claims (id, name, roles) as the cookie a sign-in issues, so every policy and check works unchanged.
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiTokenAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "token";
        var reason = Context.Items[RefusalKey] as string ?? "This needs an API token: Authorization: token SECRET.";
        await Response.WriteAsJsonAsync(new { status = 401, error = "invalid_token", message = reason }, Context.RequestAborted);
    }

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[RefusalKey] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
