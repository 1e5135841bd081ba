using HackathonPlatform.Core.Hackathons;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages;

public sealed class IndexModel(HackathonService hackathons, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HackathonSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<HackathonSummary> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await hackathons.ListPublishedAsync(ct);
        var now = clock.GetUtcNow();
        Upcoming = [.. all.Where(s => s.Hackathon.EndsAt >= now)];
        Past = [.. all.Where(s => s.Hackathon.EndsAt < now).Reverse()];
    }
}
