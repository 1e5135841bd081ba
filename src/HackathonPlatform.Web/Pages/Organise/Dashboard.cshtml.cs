using HackathonPlatform.Core;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Organise;

[Authorize(Policy = HubPolicies.HackathonOrganiser)]
public sealed class DashboardModel(
    HackathonService hackathons, RegistrationService registrations, GroupService groups, StaffService staff, UsageService usage, ServerManager servers,
    GroupFlavourService groupFlavours, ServerFlavours flavours, ServerIdleWarning idleWarning) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Hackathon? Hackathon { get; private set; }

    public IReadOnlyList<Registration> Registrations { get; private set; } = [];

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public IReadOnlyList<HackathonStaff> Staff { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>GPU use of each group against the quota, by group id.</summary>
    public IReadOnlyDictionary<int, GroupUsage> Usage { get; private set; } = new Dictionary<int, GroupUsage>();

    /// <summary>Each group's server, by group id.</summary>
    public IReadOnlyDictionary<int, ServerView> Servers { get; private set; } = new Dictionary<int, ServerView>();

    /// <summary>Each group's server flavour: what it may be allocated and what its next start gets, by group id.</summary>
    public IReadOnlyDictionary<int, GroupFlavourView> Flavours { get; private set; } = new Dictionary<int, GroupFlavourView>();

    /// <summary>Whether the hub has flavours to allocate (Servers:Flavours).</summary>
    public bool FlavoursConfigured => flavours.AreConfigured;

    /// <summary>The warning before idle culling of each group's server, by group id (absent: none).</summary>
    public IReadOnlyDictionary<int, string> IdleWarnings { get; private set; } = new Dictionary<int, string>();

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

    public Task<IActionResult> OnPostAllocateFlavourAsync(int groupId, string? flavour, CancellationToken ct) =>
        Handle(groupFlavours.AllocateAsync(Id, groupId, flavour, ct),
            string.IsNullOrWhiteSpace(flavour) ? "The group gets the default flavour from its next server start." : $"Flavour {flavour.Trim()} allocated; it takes effect at the group's next server start.", ct);

    public async Task<IActionResult> OnPostStopServerAsync(int groupId, CancellationToken ct)
    {
        if (!await IsOwnGroupAsync(groupId, ct))
        {
            return NotFound();
        }

        await servers.StopAsync(WorkspaceOwner.ForGroup(groupId), "Stopped by an organiser. Start it again: saved notebooks are kept.", ct);
        TempData["Message"] = "Server stopped.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestartServerAsync(int groupId, CancellationToken ct)
    {
        if (!await IsOwnGroupAsync(groupId, ct))
        {
            return NotFound();
        }

        var owner = WorkspaceOwner.ForGroup(groupId);
        await servers.StopAsync(owner, "Restarted by an organiser.", ct);
        var view = await servers.StartAsync(owner, ct, User.FindFirstValue(ClaimTypes.NameIdentifier));
        TempData["Message"] = view.State == Core.Entities.NotebookServerState.Failed ? view.Message : "Server starting.";
        return RedirectToPage();
    }

    // The group id comes from the form: an organiser of one hackathon must not stop another hackathon's servers.
    private async Task<bool> IsOwnGroupAsync(int groupId, CancellationToken ct) =>
        await groups.FindAsync(groupId, ct) is { } group && group.HackathonId == Id;

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
        Usage = await usage.ByGroupAsync(Id, ct);
        var views = new Dictionary<int, ServerView>();
        var warnings = new Dictionary<int, string>();
        var choices = new Dictionary<int, GroupFlavourView>();
        foreach (var group in Groups)
        {
            var view = views[group.Id] = await servers.GetAsync(WorkspaceOwner.ForGroup(group.Id), ct);
            if (idleWarning.For(view) is { } warning)
            {
                warnings[group.Id] = warning;
            }

            choices[group.Id] = GroupFlavourView.Of(flavours, Hackathon.Slug, group, view);
        }

        (Servers, IdleWarnings, Flavours) = (views, warnings, choices);
        return true;
    }
}
