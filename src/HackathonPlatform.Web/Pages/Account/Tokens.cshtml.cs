using System.Security.Claims;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

/// <summary>
/// /account/tokens: the signed-in account's personal API tokens: list, create (the secret is shown once), revoke.
/// Cookie only, named explicitly: an API token must never be able to mint or list tokens.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class TokensModel(ApiTokenService tokens, TimeProvider clock) : PageModel
{
    /// <summary>The account's tokens, newest first.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The name of the token to create.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Days until it expires; empty: never.</summary>
    [BindProperty]
    public int? LifetimeDays { get; set; } = 30;

    /// <summary>The secret of the token just created, shown this once.</summary>
    public string? NewSecret { get; private set; }

    /// <summary>Why the last create or revoke was refused, or what it did.</summary>
    public string? Message { get; private set; }

    /// <summary>Now, to show which tokens have expired.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(UserId, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await tokens.CreateAsync(UserId, Name, LifetimeDays, ct);
        if (outcome.Succeeded)
        {
            // Answered directly, not redirected: the secret must not travel in a URL or TempData cookie.
            NewSecret = outcome.Value!.Secret;
            Name = null;
        }
        else
        {
            Message = outcome.ErrorSummary;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Tokens = await tokens.ListAsync(UserId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var outcome = await tokens.RevokeAsync(UserId, id, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = $"The token '{outcome.Value!.Name}' is revoked: requests with it are refused from now on.";
        Tokens = await tokens.ListAsync(UserId, ct);
        return Page();
    }
}
