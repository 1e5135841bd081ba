using System.Security.Claims;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.Jobs;

/// <summary>/my/jobs: the groups whose batch jobs the account may see (its own; as staff, its hackathons' groups).</summary>
[Authorize]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Row(int GroupId, string Group, string Hackathon, bool Member, int Active, int Total);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var admin = User.IsInRole(PlatformRoles.Admin);
        var staffOf = db.HackathonStaff.Where(s => s.UserId == userId).Select(s => s.HackathonId);
        Rows = await db.Groups.AsNoTracking()
            .Where(g => admin || g.Members.Any(m => m.UserId == userId) || staffOf.Contains(g.HackathonId))
            .OrderBy(g => g.Hackathon!.Title).ThenBy(g => g.Name)
            .Select(g => new Row(
                g.Id, g.Name, g.Hackathon!.Title, g.Members.Any(m => m.UserId == userId),
                db.BatchJobs.Count(j => j.GroupId == g.Id && (j.State == BatchJobState.Pending || j.State == BatchJobState.Running)),
                db.BatchJobs.Count(j => j.GroupId == g.Id)))
            .ToListAsync(ct);
    }
}
