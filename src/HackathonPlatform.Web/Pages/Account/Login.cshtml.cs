using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<PlatformUser> signIn) : PageModel
{
    /// <summary>One message for every failure, so the form reveals neither which accounts exist nor which are locked.</summary>
    public const string FailureMessage = "Sign-in failed: the email or password is wrong, or the account is locked for a few minutes after repeated failures.";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Dictionary<string, string[]>? Errors { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: true, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Errors = new() { ["Form"] = [FailureMessage] };
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
