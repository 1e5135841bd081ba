using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Tests;

public class NotebookWriterTests
{
    [Theory]
    [InlineData("release", "ps1", "problem1.ipynb")]
    [InlineData("release", "ps1", "problem2.ipynb")]
    [InlineData("source", "ps1", "problem2.ipynb")]
    [InlineData("submitted", "hacker", "ps1", "problem1.ipynb")]
    public void Jupyter_written_notebooks_round_trip_byte_for_byte(params string[] parts)
    {
        var original = File.ReadAllText(SharedData.File(parts));

        var written = NotebookWriter.Write(NotebookReader.Read(original));

        Assert.Equal(original, written);
    }

    [Fact]
    public void Output_has_sorted_keys_one_space_indent_split_lines_and_a_final_newline()
    {
        var notebook = new Notebook { NbFormatMinor = 4 };
        notebook.Metadata["zeta"] = 1;
        notebook.Metadata["alpha"] = new JsonObject();
        notebook.Cells.Add(Cell.Markdown("line 1\nline 2"));

        var text = NotebookWriter.Write(notebook);

        Assert.Equal(
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    \"line 1\\n\",\n    \"line 2\"\n   ]\n  }\n ],\n" +
            " \"metadata\": {\n  \"alpha\": {},\n  \"zeta\": 1\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 4\n}\n",
            text);
    }

    [Fact]
    public void Strings_are_escaped_as_Python_does_and_non_ascii_is_kept()
    {
        var notebook = new Notebook { NbFormatMinor = 4 };
        notebook.Cells.Add(Cell.Markdown("é \"q\" \\ \t \u0001 <tag> &"));

        var text = NotebookWriter.Write(notebook);

        Assert.Contains("\"é \\\"q\\\" \\\\ \\t \\u0001 <tag> &\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Floats_are_written_as_Python_writes_them()
    {
        var notebook = new Notebook { NbFormatMinor = 4 };
        notebook.Metadata["a"] = 2.0;
        notebook.Metadata["b"] = 0.1;
        notebook.Metadata["c"] = 1e16;
        notebook.Metadata["d"] = 3;

        var text = NotebookWriter.Write(notebook);

        Assert.Contains("\"a\": 2.0,", text, StringComparison.Ordinal);
        Assert.Contains("\"b\": 0.1,", text, StringComparison.Ordinal);
        Assert.Contains("\"c\": 1e+16,", text, StringComparison.Ordinal);
        Assert.Contains("\"d\": 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_ids_are_written_from_nbformat_4_5_and_generated_when_missing()
    {
        var notebook = new Notebook { NbFormatMinor = 5 };
        notebook.Cells.Add(Cell.Code("1+1"));

        var json = JsonNode.Parse(NotebookWriter.Write(notebook))!;

        Assert.True(CellIds.IsValid((string?)json["cells"]![0]!["id"]));
        Assert.Equal("null", JsonValueKindOf(json["cells"]![0]!["execution_count"]));
    }

    [Fact]
    public void Cell_ids_are_not_written_before_nbformat_4_5()
    {
        var notebook = new Notebook { NbFormatMinor = 4 };
        notebook.Cells.Add(new Cell(CellType.Code, "x") { Id = "abc" });

        Assert.DoesNotContain("\"id\"", NotebookWriter.Write(notebook), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_notebooks_read_back_equal()
    {
        var notebook = new Notebook();
        var cell = Cell.Code("print('hi')\n");
        cell.Outputs.Add(new StreamOutput("stdout", "hi\n"));
        var bundle = new MimeBundle();
        bundle.SetText("text/plain", "2");
        cell.Outputs.Add(new ExecuteResultOutput(1, bundle));
        cell.Outputs.Add(new ErrorOutput("E", "v", ["t1", "t2"]));
        cell.ExecutionCount = 1;
        notebook.Cells.Add(cell);
        var first = NotebookWriter.Write(notebook);

        var second = NotebookWriter.Write(NotebookReader.Read(first));

        Assert.Equal(first, second);
    }

    private static string JsonValueKindOf(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString();
}
