using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<PlatformUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
