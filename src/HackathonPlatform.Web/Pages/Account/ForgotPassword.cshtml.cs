using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<PlatformUser> users, IEmailSender<PlatformUser> mail) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The same answer whether or not the account exists.
        Sent = true;
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Page("/Account/ResetPassword", null, new { email = user.Email, token }, Request.Scheme)!;
            await mail.SendPasswordResetLinkAsync(user, user.Email!, link);
        }

        return Page();
    }
}
