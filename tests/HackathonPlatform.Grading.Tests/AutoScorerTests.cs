using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Tests;

public class AutoScorerTests
{
    private static Notebook Graded(Action<Notebook>? edit = null)
    {
        var notebook = ReleaseGenerator.Generate(Fixtures.CSharpExercise()).GradingMaster;
        edit?.Invoke(notebook);
        return notebook;
    }

    private static CellScore ScoreOf(Notebook notebook, string gradeId, IReadOnlyList<CellExecution>? execution = null) =>
        AutoScorer.Score(notebook, execution).Single(s => s.GradeId == gradeId);

    private static ExecuteResultOutput Result(string text)
    {
        var bundle = new MimeBundle();
        bundle.SetText("text/plain", text);
        return new ExecuteResultOutput(1, bundle);
    }

    [Fact]
    public void A_test_cell_without_an_error_earns_full_points()
    {
        var score = ScoreOf(Graded(n => n.Cells[2].Outputs.Add(new StreamOutput("stdout", "ok"))), "square_tests");

        Assert.Equal((2.0, CellGradeStatus.Passed), (score.Points!.Value, score.Status));
    }

    [Fact]
    public void A_test_cell_with_an_error_earns_nothing()
    {
        var score = ScoreOf(Graded(n => n.Cells[2].Outputs.Add(new ErrorOutput("AssertionError", ""))), "square_tests");

        Assert.Equal((0.0, CellGradeStatus.Failed), (score.Points!.Value, score.Status));
    }

    [Theory]
    [InlineData("1.5", 1.5, CellGradeStatus.PartialCredit)]
    [InlineData("2", 2.0, CellGradeStatus.PartialCredit)]
    [InlineData("3", 3.0, CellGradeStatus.Passed)]
    [InlineData("7", 3.0, CellGradeStatus.Passed)]
    [InlineData("-1", 0.0, CellGradeStatus.PartialCredit)]
    [InlineData("0", 0.0, CellGradeStatus.PartialCredit)]
    [InlineData("'all good'", 3.0, CellGradeStatus.Passed)]
    public void A_numeric_result_is_partial_credit_clamped_to_the_cells_points(string result, double expected, CellGradeStatus status)
    {
        var score = ScoreOf(Graded(n => n.Cells[6].Outputs.Add(Result(result))), "partial");

        Assert.Equal((expected, status), (score.Points!.Value, score.Status));
    }

    [Fact]
    public void A_clamped_partial_credit_is_flagged()
    {
        var flags = new List<GradingFlag>();

        AutoScorer.Score(Graded(n => n.Cells[6].Outputs.Add(Result("99"))), flags: flags);

        Assert.Equal(GradingFlagKind.PartialCreditClamped, Assert.Single(flags).Kind);
    }

    [Fact]
    public void A_timed_out_or_unrun_test_cell_earns_nothing()
    {
        var notebook = Graded();
        CellExecution[] execution =
        [
            new(2, "square_tests", CellExecutionStatus.TimedOut, TimeSpan.FromSeconds(30)),
            new(6, "partial", CellExecutionStatus.NotRun, TimeSpan.Zero),
        ];

        Assert.Equal(CellGradeStatus.TimedOut, ScoreOf(notebook, "square_tests", execution).Status);
        Assert.Equal(CellGradeStatus.NotRun, ScoreOf(notebook, "partial", execution).Status);
        Assert.Equal(0, ScoreOf(notebook, "partial", execution).Points);
    }

    [Fact]
    public void A_written_answer_waits_for_a_tutor_unless_left_as_released()
    {
        var untouched = ScoreOf(Graded(), "explain");
        var answered = ScoreOf(Graded(n => n.Cells[4].Source = "Because squares grow quadratically."), "explain");

        Assert.Equal((0.0, CellGradeStatus.Unanswered), (untouched.Points!.Value, untouched.Status));
        Assert.Equal((null, CellGradeStatus.NeedsManualGrading), (answered.Points, answered.Status));
    }

    [Fact]
    public void Task_cells_wait_for_a_tutor()
    {
        Assert.Equal(CellGradeStatus.NeedsManualGrading, ScoreOf(Graded(), "task").Status);
    }

    [Fact]
    public void Graded_cells_missing_from_the_notebook_score_zero_as_missing()
    {
        var master = Graded();
        var notebook = Graded(n => n.Cells.RemoveAt(6));

        var score = AutoScorer.Score(notebook, master: master).Single(s => s.GradeId == "partial");

        Assert.Equal((0.0, 3.0, CellGradeStatus.Missing), (score.Points!.Value, score.MaxPoints, score.Status));
    }

    [Fact]
    public void Nbgraders_autograded_example_scores_as_nbgrader_scored_it()
    {
        // Its test cells have no error outputs (all pass); its two free-response answers were
        // edited by the student, so they wait for a tutor. Part E's task cell is not in this
        // older file (README: the files come from different commits).
        var notebook = NotebookReader.ReadFile(SharedData.File("autograded", "hacker", "ps1", "problem1.ipynb"));

        var scores = AutoScorer.Score(notebook).ToDictionary(s => s.GradeId, s => (s.Points, s.Status));

        Assert.Equal((1.0, CellGradeStatus.Passed), (scores["correct_squares"].Points!.Value, scores["correct_squares"].Status));
        Assert.Equal((1.0, CellGradeStatus.Passed), (scores["squares_invalid_input"].Points!.Value, scores["squares_invalid_input"].Status));
        Assert.Equal((0.5, CellGradeStatus.Passed), (scores["correct_sum_of_squares"].Points!.Value, scores["correct_sum_of_squares"].Status));
        Assert.Equal((0.5, CellGradeStatus.Passed), (scores["sum_of_squares_uses_squares"].Points!.Value, scores["sum_of_squares_uses_squares"].Status));
        Assert.Equal(CellGradeStatus.NeedsManualGrading, scores["sum_of_squares_equation"].Status);
        Assert.Equal(CellGradeStatus.NeedsManualGrading, scores["sum_of_squares_application"].Status);
        Assert.Equal(6, scores.Count);
    }
}
