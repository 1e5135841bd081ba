using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Feedback;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Tests;

public class GradingPipelineTests
{
    private readonly ReleaseResult _release = ReleaseGenerator.Generate(Fixtures.CSharpExercise());

    private string StudentSubmits(Action<Notebook> edit)
    {
        // The student's copy travels as a file, as it would through the hub.
        var notebook = NotebookReader.Read(NotebookWriter.Write(_release.Student));
        edit(notebook);
        return NotebookWriter.Write(notebook);
    }

    [Fact]
    public async Task Release_submit_sanitize_execute_score_and_feedback_work_end_to_end()
    {
        var submission = StudentSubmits(n =>
        {
            n.Cells[1].Source = "int Square(int x) => x * x;";
            n.Cells[2].Source = "// I deleted the tests";
            n.Cells[4].Source = "They grow quadratically.";
        });
        var executor = new ScriptedExecutor().Passes("square_tests").Returns("partial", "2");

        var report = await new GradingPipeline(executor).GradeAsync(_release, submission);

        Assert.Contains("Square(12) == 144", executor.LastInput!.Cells[2].Source, StringComparison.Ordinal);
        Assert.Equal(GradingFlagKind.TamperedCell, Assert.Single(report.Flags).Kind);
        var byId = report.Cells.ToDictionary(c => c.GradeId);
        Assert.Equal((2.0, CellGradeStatus.Passed), (byId["square_tests"].Points!.Value, byId["square_tests"].Status));
        Assert.Equal((2.0, CellGradeStatus.PartialCredit), (byId["partial"].Points!.Value, byId["partial"].Status));
        Assert.Equal(CellGradeStatus.NeedsManualGrading, byId["explain"].Status);
        Assert.Equal(CellGradeStatus.NeedsManualGrading, byId["task"].Status);
        Assert.Single(byId["square_tests"].Flags);
        Assert.Equal(4, report.Score);
        Assert.Equal(8, report.MaxPoints);
        Assert.True(report.NeedsManualGrading);

        var html = FeedbackRenderer.Render(report);
        Assert.Contains("They grow quadratically.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Square(12)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unchanged_release_fails_its_tests()
    {
        var executor = new ScriptedExecutor().Fails("square_tests", "NotImplementedException").Fails("partial", "NotImplementedException");

        var report = await new GradingPipeline(executor).GradeAsync(_release, NotebookWriter.Write(_release.Student));

        Assert.Equal(0, report.Score);
        Assert.Equal(CellGradeStatus.Unanswered, report.Cells.Single(c => c.GradeId == "explain").Status);
        Assert.Empty(report.Flags);
    }

    [Fact]
    public async Task A_cell_that_times_out_scores_zero_and_the_others_are_still_graded()
    {
        var executor = new ScriptedExecutor().TimesOut("square_tests").Returns("partial", "3");

        var report = await new GradingPipeline(executor).GradeAsync(_release, StudentSubmits(_ => { }));

        Assert.Equal(CellGradeStatus.TimedOut, report.Cells.Single(c => c.GradeId == "square_tests").Status);
        Assert.Equal(3, report.Cells.Single(c => c.GradeId == "partial").Points);
        Assert.Contains(report.Flags, f => f.Kind == GradingFlagKind.CellTimedOut && f.GradeId == "square_tests");
    }

    [Fact]
    public async Task A_late_submission_is_flagged_and_penalised_by_the_policy()
    {
        var executor = new ScriptedExecutor().Returns("partial", "3");
        var options = new GradingOptions { LatePolicy = LatePolicy.PercentPerDay(10) };
        var deadline = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

        var report = await new GradingPipeline(executor, options).GradeAsync(
            _release, StudentSubmits(_ => { }), new SubmissionTiming(deadline.AddHours(30), deadline));

        Assert.Equal(5, report.AutoPoints);
        Assert.Equal(1, report.LatePenalty, 9);
        Assert.Equal(4, report.Score, 9);
        Assert.Contains(report.Flags, f => f.Kind == GradingFlagKind.LateSubmission);
    }

    [Fact]
    public async Task A_submission_that_is_not_a_notebook_gives_an_error_report()
    {
        var executor = new ScriptedExecutor();

        var report = await new GradingPipeline(executor).GradeAsync(_release, "<html>oops</html>");

        Assert.NotNull(report.Error);
        Assert.Empty(report.Cells);
        Assert.Null(executor.LastInput);
        Assert.Contains("not a readable notebook", FeedbackRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Huge_outputs_are_truncated_before_they_reach_the_report()
    {
        var executor = new ScriptedExecutor().Passes("square_tests", new StreamOutput("stdout", new string('x', 10_000_000)));

        var report = await new GradingPipeline(executor).GradeAsync(_release, StudentSubmits(_ => { }));

        Assert.Contains(report.Flags, f => f.Kind == GradingFlagKind.OutputTruncated);
        Assert.True(((StreamOutput)report.Graded!.Cells[2].Outputs[0]).Text.Length <= 200_000);
    }

    [Fact]
    public async Task Hidden_test_cells_report_no_output()
    {
        var executor = new ScriptedExecutor().Fails("square_tests", "AssertionError", "Assert(Square(12) == 144) failed");

        var report = await new GradingPipeline(executor).GradeAsync(_release, StudentSubmits(_ => { }));

        var tests = report.Cells.Single(c => c.GradeId == "square_tests");
        Assert.True(tests.HasHiddenTests);
        Assert.Null(tests.Output);
        Assert.NotNull(report.Cells.Single(c => c.GradeId == "partial").Output);
    }
}
