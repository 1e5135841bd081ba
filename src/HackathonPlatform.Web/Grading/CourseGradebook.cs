using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// A course's gradebook: every learner who submitted one of the course's exercises as a self-learner
/// (submissions outside any hackathon) × the exercises whose used_by.courses names the course. Course
/// submissions carry no course id, so an exercise two courses share shows the same work in both.
/// </summary>
public sealed class CourseGradebook(ExerciseCatalogProvider exercises, CourseCatalogProvider courses, GradingQueries queries)
{
    /// <summary>The course's title (its id when courses/ has no such course) and exercises; null when neither knows the id.</summary>
    public (string Title, IReadOnlyList<Exercise> Exercises)? Find(string courseId)
    {
        var list = exercises.Catalog.Exercises.Where(e => e.Courses.Contains(courseId, StringComparer.Ordinal)).ToList();
        var course = courses.Current.FindCourse(courseId);
        return course is null && list.Count == 0 ? null : (course?.Title ?? courseId, list);
    }

    /// <summary>Every course some exercise names, with its title, in title order.</summary>
    public IReadOnlyList<(string Id, string Title)> CoursesWithExercises() =>
        exercises.Catalog.Exercises.SelectMany(e => e.Courses).Distinct(StringComparer.Ordinal)
            .Select(id => (id, courses.Current.FindCourse(id)?.Title ?? id))
            .OrderBy(c => c.Item2, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The table, or null for an unknown course.</summary>
    public async Task<GradebookTable?> TableAsync(string courseId, CancellationToken ct)
    {
        if (Find(courseId) is not { } found)
        {
            return null;
        }

        var submissions = new List<SubmissionSummary>();
        foreach (var e in found.Exercises)
        {
            submissions.AddRange(await queries.ForExerciseAsync(e.Id, null, ct));
        }

        // A course submission's owner is the learner who submitted it (course work is individual).
        var names = submissions.GroupBy(s => s.OwnerKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().SubmitterName, StringComparer.Ordinal);
        return GradebookTable.Build(found.Exercises, submissions, [], owner => names.GetValueOrDefault(owner, owner));
    }

    /// <summary>The table as CSV (the hackathon gradebook's columns), or null for an unknown course.</summary>
    public async Task<string?> CsvAsync(string courseId, CancellationToken ct) => (await TableAsync(courseId, ct))?.ToCsv();
}
