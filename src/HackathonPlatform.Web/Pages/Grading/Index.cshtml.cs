using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Grading;

[Authorize]
public sealed class IndexModel(GradingQueries queries, ExerciseCatalogProvider exercises, CourseGradebook courses) : PageModel
{
    public sealed record ExerciseRow(Exercise Exercise, int Submissions, int Graded, int NeedsManual, int Flagged, int Unreleased);

    public IReadOnlyList<(Hackathon Hackathon, IReadOnlyList<ExerciseRow> Exercises)> Hackathons { get; private set; } = [];

    /// <summary>Courses with exercises, for course staff (see <see cref="CourseStaff"/>); empty for others.</summary>
    public IReadOnlyList<(string Id, string Title)> Courses { get; private set; } = [];

    /// <summary>Problems in the exercise folders (each reload's), for the staff who fix or report them.</summary>
    public IReadOnlyList<ExerciseDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>A diagnostic's file relative to the exercises folder (the server's absolute paths say nothing to a tutor).</summary>
    public string InExercises(string path) => Path.GetRelativePath(exercises.Directory, path);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var staffed = await queries.StaffedHackathonsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.IsInRole(PlatformRoles.Admin), ct);
        if (staffed.Count == 0 && !User.IsInRole(PlatformRoles.Organiser) && !User.IsInRole(PlatformRoles.Tutor))
        {
            // Only tutors and organisers grade; participants have /exercises.
            return Forbid();
        }

        var list = new List<(Hackathon, IReadOnlyList<ExerciseRow>)>();
        foreach (var h in staffed)
        {
            var rows = new List<ExerciseRow>();
            foreach (var e in exercises.Catalog.ForHackathon(h.Slug))
            {
                var s = await queries.ForExerciseAsync(e.Id, h.Id, ct);
                rows.Add(new ExerciseRow(e, s.Count, s.Count(x => x.Result is not null), s.Count(x => x.Result?.NeedsManualGrading == true),
                    s.Count(x => x.Result?.FlagList.Count > 0), s.Count(x => x.Result is { ReleasedAt: null })));
            }

            list.Add((h, rows));
        }

        Hackathons = list;
        Courses = CourseStaff.Includes(User) ? courses.CoursesWithExercises() : [];
        Diagnostics = exercises.Catalog.Diagnostics;
        return Page();
    }
}
