using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<PlatformUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public Dictionary<string, string[]>? Errors { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByEmailAsync(Email);
        var result = user is null ? IdentityResult.Failed(new IdentityError { Description = "This reset link is invalid or has expired." })
            : await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Errors = new() { ["Password"] = [.. result.Errors.Select(e => e.Code == "InvalidToken" ? "This reset link is invalid or has expired." : e.Description)] };
            return Page();
        }

        Done = true;
        return Page();
    }
}
