using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;

namespace HackathonPlatform.Learning.Tests;

public class CourseProgressTests
{
    private static readonly Course Course = new()
    {
        Id = "nn",
        Title = "Neural networks",
        Lectures = [.. Enumerable.Range(1, 6).Select(i => new Lecture { CourseId = "nn", Id = $"l{i}", Title = $"L{i}", Html = "", SourcePath = "" })],
    };

    [Fact]
    public void Three_done_lectures_read_3_of_6_and_resume_at_the_first_unfinished_one()
    {
        var progress = CourseProgress.Compute(Course, ["l1", "l2", "l4"]);

        Assert.Equal("3 of 6 lectures done", progress.Summary);
        Assert.Equal(50, progress.Percent);
        Assert.Equal("l3", progress.NextLecture?.Id);
        Assert.Equal([true, true, false, true, false, false], progress.Lectures.Select(l => l.IsDone));
        Assert.Equal("l3", Assert.Single(progress.Lectures, l => l.IsNext).Lecture.Id);
    }

    [Fact]
    public void Resuming_prefers_the_last_opened_lecture_and_then_the_next_unfinished_one_after_it()
    {
        Assert.Equal("l5", CourseProgress.Compute(Course, ["l1"], lastOpenedLectureId: "l5").NextLecture?.Id);
        Assert.Equal("l6", CourseProgress.Compute(Course, ["l1", "l5"], lastOpenedLectureId: "l5").NextLecture?.Id);
        Assert.Equal("l2", CourseProgress.Compute(Course, ["l1", "l5", "l6"], lastOpenedLectureId: "l6").NextLecture?.Id);
    }

    [Fact]
    public void Unknown_lecture_ids_are_ignored_and_a_finished_course_has_no_next_lecture()
    {
        var progress = CourseProgress.Compute(Course, ["l1", "l2", "l3", "l4", "l5", "l6", "removed-lecture"], "removed-lecture");

        Assert.True(progress.IsComplete);
        Assert.Equal(100, progress.Percent);
        Assert.Null(progress.NextLecture);
        Assert.Equal("6 of 6 lectures done", progress.Summary);
    }

    [Fact]
    public void A_fresh_learner_starts_at_the_first_lecture()
    {
        var progress = CourseProgress.Compute(Course, []);

        Assert.False(progress.IsStarted);
        Assert.Equal("l1", progress.NextLecture?.Id);
        Assert.Equal("0 of 6 lectures done", progress.Summary);
    }
}
