using HackathonPlatform.Core.Hackathons;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Hackathons;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = HackathonPlatform.Web.Caching.PublicPageCache.Policy)]
public sealed class IndexModel(HackathonService hackathons) : PageModel
{
    public IReadOnlyList<HackathonSummary> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => All = await hackathons.ListPublishedAsync(ct);
}
