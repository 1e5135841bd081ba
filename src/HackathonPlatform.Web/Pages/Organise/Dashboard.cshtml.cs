using HackathonPlatform.Core;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Organise;

[Authorize(Policy = HubPolicies.HackathonOrganiser)]
public sealed class DashboardModel(HackathonService hackathons, RegistrationService registrations, GroupService groups, StaffService staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Hackathon? Hackathon { get; private set; }

    public IReadOnlyList<Registration> Registrations { get; private set; } = [];

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public IReadOnlyList<HackathonStaff> Staff { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(bool publish, CancellationToken ct) =>
        Handle(hackathons.SetPublishedAsync(Id, publish, ct), publish ? "Published: the hackathon is on the home page." : "Unpublished.", ct);

    public Task<IActionResult> OnPostDecideAsync(int registrationId, RegistrationStatus status, CancellationToken ct) =>
        Handle(registrations.DecideAsync(Id, registrationId, status, ct), $"Application marked {status}.", ct);

    public Task<IActionResult> OnPostAutoFormAsync(int? skillQuestionId, CancellationToken ct) =>
        Handle(groups.FormAutomaticallyAsync(Id, skillQuestionId, ct), "Groups formed.", ct);

    public Task<IActionResult> OnPostCreateGroupAsync(string name, CancellationToken ct) =>
        Handle(groups.CreateAsync(Id, name ?? "", ct), "Group added.", ct);

    public Task<IActionResult> OnPostRenameGroupAsync(int groupId, string name, CancellationToken ct) =>
        Handle(groups.RenameAsync(Id, groupId, name ?? "", ct), "Group renamed.", ct);

    public Task<IActionResult> OnPostDeleteGroupAsync(int groupId, CancellationToken ct) =>
        Handle(groups.DeleteAsync(Id, groupId, ct), "Group deleted.", ct);

    public Task<IActionResult> OnPostAddMemberAsync(int groupId, string userId, CancellationToken ct) =>
        Handle(groups.AddMemberAsync(Id, groupId, userId ?? "", ct), "Member added.", ct);

    public Task<IActionResult> OnPostRemoveMemberAsync(int groupId, string userId, CancellationToken ct) =>
        Handle(groups.RemoveMemberAsync(Id, groupId, userId ?? "", ct), "Member removed.", ct);

    public Task<IActionResult> OnPostAppointAsync(string email, StaffRole role, CancellationToken ct) =>
        Handle(staff.AppointAsync(Id, email ?? "", role, ct), $"{role} appointed.", ct);

    public Task<IActionResult> OnPostRemoveStaffAsync(int staffId, CancellationToken ct) =>
        Handle(staff.RemoveAsync(Id, staffId, ct), "Removed.", ct);

    private async Task<IActionResult> Handle<T>(Task<Outcome<T>> operation, string message, CancellationToken ct)
    {
        var outcome = await operation;
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Hackathon = await hackathons.FindAsync(Id, ct);
        if (Hackathon is null)
        {
            return false;
        }

        Registrations = await registrations.ListAsync(Id, ct);
        Groups = await groups.ListAsync(Id, ct);
        Staff = await staff.ListAsync(Id, ct);
        return true;
    }
}
