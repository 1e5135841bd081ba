using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Notebooks.Tests;

public class NbgraderChecksumTests
{
    [Theory]
    [InlineData("problem1.ipynb")]
    [InlineData("problem2.ipynb")]
    public void Checksums_recorded_by_nbgrader_in_the_release_examples_are_reproduced(string file)
    {
        var notebook = NotebookReader.ReadFile(SharedData.File("release", "ps1", file));

        var tracked = notebook.Cells.Where(c => NbgraderMetadata.Of(c)?.Checksum is not null).ToList();

        Assert.NotEmpty(tracked);
        Assert.All(tracked, cell => Assert.Equal(NbgraderMetadata.Of(cell)!.Checksum, NbgraderChecksum.Compute(cell)));
    }

    [Fact]
    public void Any_change_to_source_points_or_type_changes_the_checksum()
    {
        var cell = Cell.Code("assert f(1) == 1", Meta(grade: true, points: 1));
        var original = NbgraderChecksum.Compute(cell);

        var edited = cell.Clone();
        edited.Source += " ";
        var morePoints = cell.Clone();
        new NbgraderMetadata((JsonObject)morePoints.Metadata["nbgrader"]!).Points = 2;
        var retyped = cell.Clone();
        retyped.CellType = CellType.Markdown;

        Assert.NotEqual(original, NbgraderChecksum.Compute(edited));
        Assert.NotEqual(original, NbgraderChecksum.Compute(morePoints));
        Assert.NotEqual(original, NbgraderChecksum.Compute(retyped));
    }

    [Fact]
    public void Integer_and_float_points_give_the_same_checksum_as_in_nbgrader()
    {
        var asInt = Cell.Code("x", Meta(grade: true, points: 1));
        var asFloat = Cell.Code("x", Meta(grade: true, points: 1.0));

        Assert.Equal(NbgraderChecksum.Compute(asInt), NbgraderChecksum.Compute(asFloat));
    }

    [Fact]
    public void A_cell_without_a_grade_id_has_no_checksum()
    {
        Assert.Throws<ArgumentException>(() => NbgraderChecksum.Compute(Cell.Code("x")));
        Assert.False(NbgraderChecksum.Matches(Cell.Code("x")));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(2.25, "2.25")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(-3.0, "-3.0")]
    public void Points_are_printed_as_Pythons_str_of_a_float(double value, string expected)
    {
        Assert.Equal(expected, NbgraderChecksum.PythonFloatString(value));
    }

    internal static JsonObject Meta(bool grade = false, bool solution = false, bool locked = false, double? points = null, string id = "cell-1")
    {
        var nbgrader = new JsonObject
        {
            ["grade"] = grade,
            ["grade_id"] = id,
            ["locked"] = locked,
            ["schema_version"] = 3,
            ["solution"] = solution,
        };
        if (points is not null)
        {
            nbgrader["points"] = points;
        }

        return new JsonObject { ["nbgrader"] = nbgrader };
    }
}
