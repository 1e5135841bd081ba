using System.Security.Claims;
using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Learning;

/// <summary>/api/courses: the catalogue, a course with my progress, quiz answers and "mark as done".</summary>
internal static class LearningApi
{
    public static void MapLearningApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/courses").DisableAntiforgery().WithTags("Courses");
        group.MapGet("/", ListAsync).WithName("ListCourses").WithSummary("Courses in catalogue order, with my progress when signed in.");
        group.MapGet("/{course}", GetAsync).WithName("GetCourse").WithSummary("One course's outline, with my progress when signed in.");
        group.MapPost("/{course}/{lecture}/quizzes/{quiz}", AnswerAsync).RequireAuthorization().WithName("AnswerQuiz")
            .WithSummary("Checks an answer on the server and stores the attempt; passing every quiz of a lecture marks it done.");
        group.MapPost("/{course}/{lecture}/done", (string course, string lecture, HttpContext http, CourseCatalogProvider c, LearningProgressService p, CancellationToken ct) => MarkAsync(course, lecture, true, http, c, p, ct))
            .RequireAuthorization().WithName("MarkLectureDone");
        group.MapDelete("/{course}/{lecture}/done", (string course, string lecture, HttpContext http, CourseCatalogProvider c, LearningProgressService p, CancellationToken ct) => MarkAsync(course, lecture, false, http, c, p, ct))
            .RequireAuthorization().WithName("MarkLectureNotDone");
    }

    private static async Task<Ok<List<CourseSummaryDto>>> ListAsync(HttpContext http, CourseCatalogProvider courses, LearningProgressService progress, CancellationToken ct)
    {
        var catalog = courses.Current;
        IReadOnlyDictionary<string, LearnerCourseState>? states = UserId(http) is { } userId ? await progress.GetAllCourseStatesAsync(userId, ct) : null;
        return TypedResults.Ok(catalog.Courses.Select(c => CourseSummaryDto.From(c, states is null ? null
            : Compute(c, states.GetValueOrDefault(c.Id) ?? LearnerCourseState.Empty(c.Id)))).ToList());
    }

    private static async Task<Results<Ok<CourseDto>, NotFound>> GetAsync(string course, HttpContext http, CourseCatalogProvider courses, LearningProgressService progress, CancellationToken ct)
    {
        if (courses.Current.FindCourse(course) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var userId = UserId(http);
        var state = userId is null ? LearnerCourseState.Empty(found.Id) : await progress.GetCourseStateAsync(userId, found.Id, ct);
        return TypedResults.Ok(CourseDto.From(found, Compute(found, state), userId is not null));
    }

    private static async Task<Results<Ok<QuizResultDto>, NotFound, ValidationProblem>> AnswerAsync(
        string course, string lecture, string quiz, QuizAnswerRequest request, HttpContext http, QuizAnswering answering, CancellationToken ct)
    {
        var answer = await answering.AnswerAsync(UserId(http)!, course, lecture, quiz, request.Answers ?? [], ct);
        if (answer is null)
        {
            return TypedResults.NotFound();
        }

        var r = answer.Result;
        return r.IsValid
            ? TypedResults.Ok(new QuizResultDto(r.QuizId, r.IsCorrect, r.ExplanationHtml, r.Options, r.IsCorrect ? r.ExpectedAnswerText : null, answer.LectureDone))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [answer.Lecture.FindQuiz(quiz) is null ? "quiz" : "answers"] = [.. r.Errors] });
    }

    private static async Task<Results<Ok<ProgressDto>, NotFound>> MarkAsync(
        string courseId, string lectureId, bool done, HttpContext http, CourseCatalogProvider courses, LearningProgressService progress, CancellationToken ct)
    {
        var course = courses.Current.FindCourse(courseId);
        if (course?.FindLecture(lectureId) is null)
        {
            return TypedResults.NotFound();
        }

        var userId = UserId(http)!;
        _ = done ? await progress.MarkDoneAsync(userId, courseId, lectureId, ct) : await progress.MarkNotDoneAsync(userId, courseId, lectureId, ct);
        return TypedResults.Ok(ProgressDto.From(Compute(course, await progress.GetCourseStateAsync(userId, courseId, ct)))!);
    }

    private static CourseProgress Compute(Course course, LearnerCourseState state) =>
        CourseProgress.Compute(course, state.DoneLectureIds, state.LastOpenedLectureId);

    private static string? UserId(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
