using HackathonPlatform.Grading.Release;
using HackathonPlatform.Grading.Sanitizing;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Tests;

public class SubmissionSanitizerTests
{
    private readonly ReleaseResult _release = ReleaseGenerator.Generate(Fixtures.CSharpExercise());

    private Notebook Submission()
    {
        var submission = _release.Student.Clone();
        submission.Cells[1].Source = "int Square(int x) => x * x;";
        return submission;
    }

    [Fact]
    public void An_honest_submission_keeps_its_answers_gets_hidden_tests_back_and_raises_no_flags()
    {
        var submission = Submission();
        submission.Cells[1].Outputs.Add(new StreamOutput("stdout", "student output"));

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Empty(result.Flags);
        var cells = result.Notebook!.Cells;
        Assert.Equal("int Square(int x) => x * x;", cells[1].Source);
        Assert.Contains("Square(12) == 144", cells[2].Source, StringComparison.Ordinal);
        Assert.Empty(cells[1].Outputs);
    }

    [Fact]
    public void A_tampered_test_cell_is_restored_and_flagged()
    {
        var submission = Submission();
        submission.Cells[2].Source = "// tests removed";

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        var flag = Assert.Single(result.Flags);
        Assert.Equal(GradingFlagKind.TamperedCell, flag.Kind);
        Assert.Equal("square_tests", flag.GradeId);
        Assert.Equal(_release.GradingMaster.Cells[2].Source, result.Notebook!.Cells[2].Source);
    }

    [Fact]
    public void An_edited_read_only_cell_is_restored_and_flagged()
    {
        var submission = Submission();
        submission.Cells[3].Source = "I edited the instructions";

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(GradingFlagKind.TamperedCell, Assert.Single(result.Flags).Kind);
        Assert.Equal("Do not edit this.", result.Notebook!.Cells[3].Source);
    }

    [Fact]
    public void A_deleted_test_cell_is_re_added_in_place_and_flagged()
    {
        var submission = Submission();
        submission.Cells.RemoveAt(2);

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((GradingFlagKind.DeletedGradeCell, "square_tests"), (flag.Kind, flag.GradeId));
        Assert.Equal("square_tests", result.Notebook!.Cells[2].GradeId());
        Assert.Contains("Square(12)", result.Notebook.Cells[2].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_code_answer_is_reported_but_not_replaced_by_a_stub()
    {
        var submission = Submission();
        submission.Cells[1].Metadata.Remove("nbgrader");

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(GradingFlagKind.DeletedGradeCell, Assert.Single(result.Flags).Kind);
        Assert.Equal(submission.Cells.Count, result.Notebook!.Cells.Count);
        Assert.Equal("int Square(int x) => x * x;", result.Notebook.Cells[1].Source);
    }

    [Fact]
    public void A_duplicated_grade_cell_keeps_the_first_copy_and_is_flagged()
    {
        var submission = Submission();
        var copy = submission.Cells[1].Clone();
        copy.Source = "int Square(int x) => 0;";
        submission.Cells.Insert(2, copy);

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(GradingFlagKind.DuplicatedGradeCell, Assert.Single(result.Flags).Kind);
        Assert.Equal("square", result.Notebook!.Cells[1].GradeId());
        Assert.Null(result.Notebook.Cells[2].GradeId());
        Assert.Single(result.Notebook.Cells, c => c.GradeId() == "square");
    }

    [Fact]
    public void A_moved_grade_cell_is_flagged_and_left_where_it_is()
    {
        var submission = Submission();
        var tests = submission.Cells[2];
        submission.Cells.RemoveAt(2);
        submission.Cells.Add(tests);

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((GradingFlagKind.MovedGradeCell, "square_tests"), (flag.Kind, flag.GradeId));
        Assert.Equal("square_tests", result.Notebook!.Cells[^1].GradeId());
    }

    [Fact]
    public void A_retyped_grade_cell_is_changed_back_and_flagged()
    {
        var submission = Submission();
        submission.Cells[1].CellType = CellType.Markdown;
        submission.Cells[4].CellType = CellType.Code;

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(2, result.Flags.Count(f => f.Kind == GradingFlagKind.RetypedGradeCell));
        Assert.Equal(CellType.Code, result.Notebook!.Cells[1].CellType);
        Assert.Equal(CellType.Markdown, result.Notebook.Cells[4].CellType);
    }

    [Fact]
    public void Changed_points_are_restored_and_flagged()
    {
        var submission = Submission();
        submission.Cells[2].Metadata["nbgrader"]!["points"] = 100;

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Contains(result.Flags, f => f.Kind == GradingFlagKind.MetadataChanged);
        Assert.Equal(2, NbgraderMetadata.Of(result.Notebook!.Cells[2])!.Points);
    }

    [Fact]
    public void A_cell_claiming_an_unknown_grade_id_becomes_an_ordinary_cell()
    {
        var submission = Submission();
        submission.Cells.Add(Cell.Code("// extra points please", Fixtures.Meta("bonus", grade: true, points: 50)));

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(GradingFlagKind.UnknownGradeCell, Assert.Single(result.Flags).Kind);
        Assert.Null(result.Notebook!.Cells[^1].GradeId());
    }

    [Fact]
    public void The_kernelspec_is_overwritten_from_the_source()
    {
        var submission = Submission();
        submission.KernelSpec = new KernelSpec("python3", "Python 3", "python");

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.Equal(GradingFlagKind.KernelspecChanged, Assert.Single(result.Flags).Kind);
        Assert.Equal(".net-csharp", result.Notebook!.KernelSpec!.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"nbformat\": 3}")]
    [InlineData("[]")]
    public void Text_that_is_not_a_notebook_gives_an_error_result_not_an_exception(string text)
    {
        var result = SubmissionSanitizer.Sanitize(_release, text);

        Assert.False(result.Succeeded);
        Assert.Contains("not a readable notebook", result.Error, StringComparison.Ordinal);
        Assert.Equal(GradingFlagKind.NotANotebook, Assert.Single(result.Flags).Kind);
    }

    [Fact]
    public void Everything_at_once_still_sanitizes_without_throwing()
    {
        var submission = Submission();
        submission.Cells.RemoveAt(5);
        submission.Cells[2].Source = "";
        submission.Cells[3].CellType = CellType.Code;
        submission.Cells.Add(submission.Cells[1].Clone());
        submission.Cells[4].Metadata["nbgrader"] = new System.Text.Json.Nodes.JsonObject { ["grade_id"] = 42 };

        var result = SubmissionSanitizer.Sanitize(_release, submission);

        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Flags);
    }

    [Fact]
    public void The_nbgrader_example_submission_sanitizes_against_its_source()
    {
        var release = ReleaseGenerator.Generate(NotebookReader.ReadFile(SharedData.File("source", "ps1", "problem1.ipynb")));
        var text = File.ReadAllText(SharedData.File("submitted", "hacker", "ps1", "problem1.ipynb"));

        var result = SubmissionSanitizer.Sanitize(release, text);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Flags, f => f.Kind is GradingFlagKind.TamperedCell or GradingFlagKind.DeletedGradeCell);
        Assert.Equal(
            release.GradingMaster.Cells.Where(c => c.IsTracked()).Select(c => c.GradeId()),
            result.Notebook!.Cells.Where(c => c.IsTracked()).Select(c => c.GradeId()));
    }
}
