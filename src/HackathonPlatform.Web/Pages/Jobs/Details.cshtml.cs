using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Jobs;

/// <summary>/my/jobs/{groupId}/{jobId}: one job and the end of its output (read again on every load).</summary>
[Authorize]
public sealed class DetailsModel(BatchJobService jobs, ServerAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int JobId { get; set; }

    public JobView? Job { get; private set; }

    public string Log { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await JobPageAccess.MayAsync(access, User, GroupId, ct))
        {
            return Forbid();
        }

        if (await jobs.FindAsync(GroupId, JobId, ct) is not { } job)
        {
            return NotFound();
        }

        Job = JobView.From(job, clock.GetUtcNow());
        Log = await jobs.LogTailAsync(job, ct);
        return Page();
    }
}
