using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Authors;

/// <summary>Problems found in the course sources, for the people who write them; readers never see these.</summary>
[Authorize(Policy = HubPolicies.CanOrganise)]
public sealed class DiagnosticsModel(CourseCatalogProvider courses) : PageModel
{
    public CourseCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<AuthorDiagnostic> Diagnostics { get; private set; } = [];

    public void OnGet()
    {
        Catalog = courses.Current;
        // Lecture-level warnings (quiz errors) live on the lectures; catalogue-level ones on the catalogue.
        Diagnostics = [.. Catalog.Diagnostics.Concat(Catalog.Lectures.SelectMany(l => l.Diagnostics)).Distinct()
            .OrderByDescending(d => d.Severity).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)];
    }
}
