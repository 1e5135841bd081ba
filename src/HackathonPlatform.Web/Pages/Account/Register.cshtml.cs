using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

[AllowAnonymous]
public sealed class RegisterModel(UserManager<PlatformUser> users, IEmailSender<PlatformUser> mail, DevelopmentMailbox mailbox, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public Dictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        DisplayName = DisplayName.Trim();
        if (DisplayName.Length is 0 or > 100 || Email.Length is 0 or > 200 || !Email.Contains('@', StringComparison.Ordinal))
        {
            Errors = new() { ["Form"] = ["Please give your name (at most 100 characters) and a valid email address."] };
            return Page();
        }

        var existing = await users.FindByEmailAsync(Email);
        if (existing is not null)
        {
            // Don't reveal that the account exists: answer as for a new one and tell the owner by mail.
            mailbox.Send(Email, "Someone tried to create an account with your address",
                $"An account for this address already exists. If you forgot the password, reset it at {Request.Scheme}://{Request.Host}/account/forgot-password.");
            Done = true;
            return Page();
        }

        var user = new PlatformUser { UserName = Email, Email = Email, DisplayName = DisplayName, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            // Only password rules can fail here; duplicate names were handled above.
            Errors = new() { ["Password"] = [.. result.Errors.Select(e => e.Description)] };
            return Page();
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = user.Id, token }, Request.Scheme)!;
        await mail.SendConfirmationLinkAsync(user, Email, link);
        Done = true;
        return Page();
    }
}
