using System.Text.Json.Nodes;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Tests;

public class ReleaseGeneratorTests
{
    public static TheoryData<string> Problems => new() { "problem1.ipynb", "problem2.ipynb" };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Our_release_of_nbgraders_source_equals_nbgraders_release_cell_by_cell(string file)
    {
        var source = NotebookReader.ReadFile(SharedData.File("source", "ps1", file));
        var expected = NotebookReader.ReadFile(SharedData.File("release", "ps1", file));

        // The examples were released by an nbgrader that still set max_height on grade cells.
        var ours = ReleaseGenerator.Generate(source, new ReleaseOptions { TestCellMaxHeight = 100 }).Student;

        Assert.Equal(expected.Cells.Count, ours.Cells.Count);
        for (var i = 0; i < expected.Cells.Count; i++)
        {
            var difference = JsonDiff.FirstDifference(NotebookWriter.CellToJson(expected.Cells[i]), NotebookWriter.CellToJson(ours.Cells[i]));
            Assert.True(difference is null, $"{file} cell {i} ({expected.Cells[i].GradeId() ?? "no grade_id"}): {difference}");
        }

        Assert.Null(JsonDiff.FirstDifference(expected.Metadata, ours.Metadata));
        Assert.Equal(expected.NbFormatMinor, ours.NbFormatMinor);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void With_todays_defaults_sources_nbgrader_metadata_and_checksums_still_equal_nbgraders(string file)
    {
        var source = NotebookReader.ReadFile(SharedData.File("source", "ps1", file));
        var expected = NotebookReader.ReadFile(SharedData.File("release", "ps1", file));

        var ours = ReleaseGenerator.Generate(source).Student;

        for (var i = 0; i < expected.Cells.Count; i++)
        {
            Assert.Equal(expected.Cells[i].Source, ours.Cells[i].Source);
            var difference = JsonDiff.FirstDifference(expected.Cells[i].Metadata["nbgrader"], ours.Cells[i].Metadata["nbgrader"]);
            Assert.True(difference is null, $"{file} cell {i}: {difference}");
            Assert.False(ours.Cells[i].Metadata.ContainsKey("max_height"));
        }
    }

    [Fact]
    public void The_source_notebook_is_not_modified()
    {
        var path = SharedData.File("source", "ps1", "problem1.ipynb");
        var source = NotebookReader.ReadFile(path);
        var before = NotebookWriter.Write(source);

        ReleaseGenerator.Generate(source);

        Assert.Equal(before, NotebookWriter.Write(source));
    }

    [Fact]
    public void CSharp_solutions_get_the_CSharp_stub()
    {
        var source = Fixtures.CSharpExercise();

        var student = ReleaseGenerator.Generate(source).Student;

        Assert.Equal("int Square(int x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}", student.Cells[1].Source);
        Assert.Equal("YOUR ANSWER HERE", student.Cells[4].Source);
    }

    [Fact]
    public void Hidden_tests_leave_the_student_copy_but_stay_in_the_grading_master()
    {
        var release = ReleaseGenerator.Generate(Fixtures.CSharpExercise());

        Assert.DoesNotContain("Square(12)", release.Student.Cells[2].Source, StringComparison.Ordinal);
        Assert.Contains("Square(12)", release.GradingMaster.Cells[2].Source, StringComparison.Ordinal);
        Assert.True(NbgraderChecksum.Matches(release.Student.Cells[2]));
        Assert.True(NbgraderChecksum.Matches(release.GradingMaster.Cells[2]));
        Assert.DoesNotContain("return x * x", release.GradingMaster.Cells[1].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_and_execution_counts_are_cleared()
    {
        var source = Fixtures.CSharpExercise();
        source.Cells[1].ExecutionCount = 4;
        source.Cells[1].Outputs.Add(new StreamOutput("stdout", "secret answer"));
        source.Cells[1].Metadata["collapsed"] = false;

        var student = ReleaseGenerator.Generate(source).Student;

        Assert.Empty(student.Cells[1].Outputs);
        Assert.Null(student.Cells[1].ExecutionCount);
        Assert.False(student.Cells[1].Metadata.ContainsKey("collapsed"));
    }

    [Fact]
    public void Test_cells_are_locked_and_answer_cells_only_undeletable()
    {
        var student = ReleaseGenerator.Generate(Fixtures.CSharpExercise()).Student;

        Assert.False((bool)student.Cells[2].Metadata["editable"]!);
        Assert.False((bool)student.Cells[2].Metadata["deletable"]!);
        Assert.False((bool)student.Cells[1].Metadata["deletable"]!);
        Assert.False(student.Cells[1].Metadata.ContainsKey("editable"));
    }

    [Theory]
    [InlineData("missing grade_id")]
    [InlineData("duplicate grade_id")]
    [InlineData("grade without points")]
    [InlineData("solution region outside a solution cell")]
    [InlineData("hidden tests outside a grade cell")]
    [InlineData("unclosed solution region")]
    public void Invalid_assignments_are_refused_with_a_message_naming_the_cell(string defect)
    {
        var source = Fixtures.CSharpExercise();
        var test = source.Cells[2];
        switch (defect)
        {
            case "missing grade_id": test.Metadata["nbgrader"]!.AsObject().Remove("grade_id"); break;
            case "duplicate grade_id": test.Metadata["nbgrader"]!["grade_id"] = "square"; break;
            case "grade without points": test.Metadata["nbgrader"]!.AsObject().Remove("points"); break;
            case "solution region outside a solution cell": source.Cells[0].Source = "### BEGIN SOLUTION\nx\n### END SOLUTION"; break;
            case "hidden tests outside a grade cell": source.Cells[0].Source = "### BEGIN HIDDEN TESTS\nx\n### END HIDDEN TESTS"; break;
            case "unclosed solution region": source.Cells[1].Source = "// ### BEGIN SOLUTION\nreturn 1;"; break;
        }

        var ex = Assert.Throws<NotebookFormatException>(() => ReleaseGenerator.Generate(source));

        Assert.Matches(@"^cells\[\d\]$", ex.JsonPath);
    }

    [Fact]
    public void Empty_nbgrader_entries_on_ordinary_cells_are_dropped()
    {
        var source = Fixtures.CSharpExercise();
        source.Cells[0].Metadata["nbgrader"] = new JsonObject { ["grade"] = false, ["solution"] = false };

        var student = ReleaseGenerator.Generate(source).Student;

        Assert.False(student.Cells[0].Metadata.ContainsKey("nbgrader"));
    }
}
