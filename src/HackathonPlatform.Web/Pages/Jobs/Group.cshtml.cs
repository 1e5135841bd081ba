using System.Security.Claims;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.Jobs;

/// <summary>/my/jobs/{groupId}: the group's jobs (state, queue reason, times, GPU-hours), a submit form and cancel buttons.</summary>
[Authorize]
public sealed class GroupModel(BatchJobService jobs, ServerAccess access, HubDbContext db, UsageService usage, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int GroupId { get; set; }

    [BindProperty]
    public string? Script { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Flavour { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public IReadOnlyList<Flavour> Flavours { get; private set; } = [];

    public double GpuHoursUsed { get; private set; }

    public double? GpuHoursQuota { get; private set; }

    public Dictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var script = Script;
        if (Upload is { Length: > 0 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            script = await reader.ReadToEndAsync(ct);
            Name = string.IsNullOrWhiteSpace(Name) ? Path.GetFileName(Upload.FileName) : Name;
        }

        var outcome = await jobs.SubmitAsync(GroupId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, new JobRequest(script ?? "", Flavour, Name), ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/my/jobs/{GroupId}/{outcome.Value!.Id}");
        }

        Errors = outcome.Errors.ToDictionary(e => e.Key, e => e.Value);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int jobId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var outcome = await jobs.CancelAsync(GroupId, jobId, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Succeeded ? $"Job {jobId} is {outcome.Value!.State.ToString().ToLowerInvariant()}." : outcome.ErrorSummary;
        return Redirect($"/my/jobs/{GroupId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!await JobPageAccess.MayAsync(access, User, GroupId, ct))
        {
            return Forbid();
        }

        var group = await db.Groups.AsNoTracking().Where(g => g.Id == GroupId).Select(g => new { g.Name, g.Hackathon!.Title, g.Hackathon.GpuHoursPerGroup }).FirstOrDefaultAsync(ct);
        if (group is null)
        {
            return NotFound();
        }

        Title = $"{group.Name} — {group.Title}";
        var now = clock.GetUtcNow();
        Jobs = (await jobs.ListAsync(GroupId, ct)).Select(j => JobView.From(j, now)).ToList();
        var flavours = (await jobs.FlavoursForAsync(GroupId, ct))!.Value;
        Flavours = flavours.Allowed;
        Flavour ??= flavours.Default.Name;
        (GpuHoursUsed, GpuHoursQuota) = (await usage.GpuHoursOfGroupAsync(GroupId, ct), group.GpuHoursPerGroup);
        return null;
    }
}
