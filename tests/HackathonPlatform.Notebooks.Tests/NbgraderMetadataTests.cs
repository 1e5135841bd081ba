using HackathonPlatform.Notebooks.Nbgrader;
using static HackathonPlatform.Notebooks.Tests.NbgraderChecksumTests;

namespace HackathonPlatform.Notebooks.Tests;

public class NbgraderMetadataTests
{
    [Fact]
    public void Cell_kinds_follow_nbgraders_toolbar()
    {
        Assert.Equal(NbgraderCellKind.AutogradedAnswer, Kind(Meta(solution: true)));
        Assert.Equal(NbgraderCellKind.AutograderTests, Kind(Meta(grade: true, points: 1)));
        Assert.Equal(NbgraderCellKind.ManuallyGradedAnswer, Kind(Meta(grade: true, solution: true, points: 2)));
        Assert.Equal(NbgraderCellKind.ReadOnly, Kind(Meta(locked: true)));
        var task = Meta(locked: true, points: 4);
        task["nbgrader"]!["task"] = true;
        Assert.Equal(NbgraderCellKind.ManuallyGradedTask, Kind(task));
        Assert.Equal(NbgraderCellKind.None, Kind(Meta()));
    }

    [Fact]
    public void Grade_cells_are_locked_solution_cells_never_are()
    {
        Assert.True(Cell.Code("", Meta(grade: true, points: 1)).IsLocked());
        Assert.False(Cell.Code("", Meta(solution: true, locked: true)).IsLocked());
        Assert.True(Cell.Markdown("", Meta(locked: true)).IsLocked());
        Assert.False(Cell.Markdown("").IsLocked());
    }

    [Fact]
    public void The_view_reads_and_writes_the_underlying_json_and_keeps_unknown_keys()
    {
        var cell = Cell.Code("", Meta(grade: true, points: 1, id: "t1"));
        cell.Metadata["nbgrader"]!["future_key"] = "kept";
        var view = NbgraderMetadata.Of(cell)!;

        view.Points = 2.5;
        view.Checksum = "abc";

        Assert.Equal("t1", view.GradeId);
        Assert.Equal(2.5, (double)cell.Metadata["nbgrader"]!["points"]!);
        Assert.Equal("abc", (string?)cell.Metadata["nbgrader"]!["checksum"]);
        Assert.Equal("kept", (string?)cell.Metadata["nbgrader"]!["future_key"]);
        Assert.Equal(3, view.SchemaVersion);
    }

    [Fact]
    public void Points_given_as_a_numeric_string_are_read_as_nbgrader_reads_them()
    {
        var cell = Cell.Code("", Meta(grade: true));
        cell.Metadata["nbgrader"]!["points"] = "1.5";

        Assert.Equal(1.5, NbgraderMetadata.Of(cell)!.Points);
    }

    [Fact]
    public void Points_set_as_an_integer_node_are_read_as_a_number()
    {
        var cell = Cell.Code("", Meta(grade: true));
        cell.Metadata["nbgrader"]!["points"] = 3;
        cell.Metadata["nbgrader"]!["schema_version"] = 4.0;

        Assert.Equal(3, NbgraderMetadata.Of(cell)!.Points);
        Assert.Equal(4, NbgraderMetadata.Of(cell)!.SchemaVersion);
    }

    private static NbgraderCellKind Kind(System.Text.Json.Nodes.JsonObject meta) =>
        NbgraderMetadata.Of(Cell.Code("", meta))!.Kind;
}
