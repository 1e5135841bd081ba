using System.Security.Claims;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Registrations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.My;

public sealed class HackathonsModel(RegistrationService registrations, GroupService groups, HubDbContext db) : PageModel
{
    public sealed record Entry(Registration Registration, string StatusText, Group? Group);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int hackathonId, CancellationToken ct)
    {
        var outcome = await registrations.WithdrawAsync(hackathonId, UserId, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        TempData["Message"] = "Your application was withdrawn.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostJoinAsync(int hackathonId, string inviteCode, CancellationToken ct)
    {
        var outcome = await groups.JoinWithCodeAsync(hackathonId, UserId, inviteCode ?? "", ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = $"You joined {outcome.Value!.Name}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var entries = new List<Entry>();
        foreach (var r in await registrations.ListForUserAsync(UserId, ct))
        {
            var position = await registrations.WaitlistPositionAsync(r, ct);
            var text = r.Status switch
            {
                RegistrationStatus.Waitlisted => $"wait-listed, position {position}",
                RegistrationStatus.Pending => "under review",
                RegistrationStatus.Rejected => "not accepted",
                _ => r.Status.ToString().ToLowerInvariant(),
            };
            entries.Add(new Entry(r, text, await groups.FindGroupOfAsync(r.HackathonId, UserId, ct)));
        }

        Entries = entries;
        Notifications = (await db.Notifications.AsNoTracking().Where(n => n.UserId == UserId).ToListAsync(ct))
            .OrderByDescending(n => n.CreatedAt).Take(20).ToList();
    }
}
