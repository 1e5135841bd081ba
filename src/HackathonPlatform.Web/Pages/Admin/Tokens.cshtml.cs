using System.Security.Claims;
using HackathonPlatform.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Admin;

/// <summary>
/// /admin/tokens: every account's API tokens (never their secrets) and a Revoke button for each active one, so an
/// administrator can stop a leaked token without touching the database. Admins only (the /Admin folder's policy),
/// and cookie only, named explicitly as on /account/tokens: an API token must never be able to revoke tokens.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class TokensModel(ApiTokenService tokens, TimeProvider clock, ILogger<TokensModel> logger) : PageModel
{
    /// <summary>The most tokens listed at once; narrow by owner to see older ones.</summary>
    public const int MaxShown = 500;

    /// <summary>Lists only owners whose email contains this.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The tokens shown, newest first.</summary>
    public IReadOnlyList<ApiTokenWithOwner> Tokens { get; private set; } = [];

    /// <summary>Now, to show which tokens have expired.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAllAsync(Query, MaxShown, ct);

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var outcome = await tokens.RevokeAnyAsync(id, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        // The token keeps no record of who revoked it (the owner or an administrator): the log does.
        var token = outcome.Value!;
        logger.LogInformation("Administrator {Admin} revoked API token {TokenId} '{TokenName}' of account {OwnerId}.",
            User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, token.Id, token.Name, token.UserId);
        TempData["Message"] = $"The token '{token.Name}' is revoked: requests with it are refused from now on.";
        return RedirectToPage(new { q = Query });
    }
}
