using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Learning.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = HackathonPlatform.Web.Caching.PublicPageCache.Policy)]
public sealed class IndexModel(HackathonService hackathons, TimeProvider clock, CourseCatalogProvider courses) : PageModel
{
    /// <summary>The first courses of the catalogue, for the self-learners who land here.</summary>
    public IReadOnlyList<Course> FeaturedCourses { get; private set; } = [];

    public IReadOnlyList<HackathonSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<HackathonSummary> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        FeaturedCourses = [.. courses.Current.Courses.Take(3)];
        var all = await hackathons.ListPublishedAsync(ct);
        var now = clock.GetUtcNow();
        Upcoming = [.. all.Where(s => s.Hackathon.EndsAt >= now)];
        Past = [.. all.Where(s => s.Hackathon.EndsAt < now).Reverse()];
    }
}
