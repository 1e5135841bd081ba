using System.Text.Encodings.Web;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Security;

/// <summary>
/// Authenticates an /api request by its API token as the token owner's account, with the same claims a sign-in
/// gives. As a request handler it also refuses, before any endpoint runs, every /api request whose token does not
/// validate: 401, <c>WWW-Authenticate: token</c> and a ProblemDetails body whose <c>detail</c> (and <c>message</c>,
/// which the CLI reads) says why.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
{
    private const string RefusalKey = "ApiTokenRefusal";

    /// <summary>
    /// Stops an /api request that presents a token which does not validate. Without this, an endpoint that allows
    /// anonymous access would serve it as anonymous and the caller would not learn that its token is dead.
    /// </summary>
    /// <returns>True when the request was answered with 401 and must go no further.</returns>
    public async Task<bool> HandleRequestAsync()
    {
        if (ApiTokenAuthentication.PresentedSecret(Request) is null)
        {
            return false;
        }

        // The result is kept per request, so the default scheme's authentication that follows does not look again.
        if ((await AuthenticateAsync()).Succeeded)
        {
            return false;
        }

        await ChallengeAsync(null);
        return true;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenAuthentication.PresentedSecret(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        // Resolved here, not in the constructor: the authentication middleware creates this handler on every
        // request (it is a request handler), and most requests carry no token.
        var services = Context.RequestServices;
        var (token, refusal) = await services.GetRequiredService<ApiTokenService>().ValidateAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return Fail(refusal!);
        }

        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Fail("The API token's account is locked or gone.");
        }

        // The same claims (id, name, roles) as the cookie a sign-in issues, so every policy and check works unchanged.
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<PlatformUser>>().CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiTokenAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "token";
        var reason = Context.Items[RefusalKey] as string ?? "This needs an API token: Authorization: token SECRET.";
        // Written by the ProblemDetails service like the API's other errors (type, title and traceId filled in).
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Detail = reason,
            Extensions = { ["error"] = "invalid_token", ["message"] = reason },
        };
        var written = await Context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
        if (!written)
        {
            // The client's Accept header rules out JSON: the reason still reaches it, as text.
            Response.ContentType = "text/plain; charset=utf-8";
            await Response.WriteAsync(reason, Context.RequestAborted);
        }
    }

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[RefusalKey] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
