using System.Security.Claims;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.My;

public sealed class ServersModel(HubDbContext db, ServerManager servers) : PageModel
{
    public sealed record Row(string Title, string Subtitle, ServerView View);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var groups = await db.GroupMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.GroupId, Group = m.Group!.Name, Hackathon = m.Group.Hackathon!.Title }).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var g in groups)
        {
            rows.Add(new Row(g.Group, g.Hackathon, await servers.GetAsync(WorkspaceOwner.ForGroup(g.GroupId), ct)));
        }

        rows.Add(new Row("Personal server", "For courses and your own experiments", await servers.GetAsync(WorkspaceOwner.ForUser(userId), ct)));
        Rows = rows;
    }
}
