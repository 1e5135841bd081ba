using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Tests;

public class NotebookReaderTests
{
    private const string Minimal = """
        {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;

    [Fact]
    public void Source_may_be_a_string_or_a_list_of_lines()
    {
        var notebook = NotebookReader.Read("""
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "one\ntwo"},
              {"cell_type": "code", "metadata": {}, "source": ["a = 1\n", "b = 2"], "outputs": [], "execution_count": null}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """);

        Assert.Equal("one\ntwo", notebook.Cells[0].Source);
        Assert.Equal("a = 1\nb = 2", notebook.Cells[1].Source);
        Assert.Equal(CellType.Code, notebook.Cells[1].CellType);
    }

    [Fact]
    public void Unknown_metadata_keys_are_preserved()
    {
        var notebook = NotebookReader.Read("""
            {"cells": [{"cell_type": "raw", "metadata": {"custom": {"deep": [1, 2.5]}}, "source": ""}],
             "metadata": {"vendor": {"x": true}, "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
             "nbformat": 4, "nbformat_minor": 4}
            """);

        Assert.True((bool)notebook.Metadata["vendor"]!["x"]!);
        Assert.Equal(2.5, (double)notebook.Cells[0].Metadata["custom"]!["deep"]![1]!);
        Assert.Equal(new KernelSpec("python3", "Python 3", "python"), notebook.KernelSpec);
        Assert.Equal("python", notebook.Language);
    }

    [Fact]
    public void Outputs_of_all_four_kinds_are_read_with_their_mime_bundles()
    {
        var notebook = NotebookReader.Read("""
            {"cells": [{"cell_type": "code", "metadata": {}, "source": "x", "execution_count": 3, "outputs": [
              {"output_type": "stream", "name": "stdout", "text": ["a\n", "b\n"]},
              {"output_type": "display_data", "data": {"text/html": ["<b>", "x</b>"], "application/json": {"k": 1}}, "metadata": {}},
              {"output_type": "execute_result", "execution_count": 3, "data": {"text/plain": "42"}, "metadata": {}},
              {"output_type": "error", "ename": "ValueError", "evalue": "bad", "traceback": ["line 1"]}
            ]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """);

        var outputs = notebook.Cells[0].Outputs;
        Assert.Equal("a\nb\n", Assert.IsType<StreamOutput>(outputs[0]).Text);
        var display = Assert.IsType<DisplayDataOutput>(outputs[1]);
        Assert.Equal("<b>x</b>", display.Data.GetText("text/html"));
        Assert.IsType<JsonObject>(display.Data.Values["application/json"]);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(outputs[2]).Data.GetText("text/plain"));
        Assert.Equal("ValueError", Assert.IsType<ErrorOutput>(outputs[3]).ErrorName);
        Assert.Equal(3, notebook.Cells[0].ExecutionCount);
    }

    [Fact]
    public void Every_nbgrader_example_notebook_is_readable()
    {
        foreach (var path in Directory.EnumerateFiles(SharedData.NbgraderExamples, "*.ipynb", SearchOption.AllDirectories))
        {
            var notebook = NotebookReader.ReadFile(path);
            Assert.NotEmpty(notebook.Cells);
        }
    }

    [Fact]
    public void Cells_of_a_4_5_notebook_get_valid_unique_ids_when_missing_or_duplicated()
    {
        var notebook = NotebookReader.Read("""
            {"cells": [
              {"id": "same", "cell_type": "markdown", "metadata": {}, "source": ""},
              {"id": "same", "cell_type": "markdown", "metadata": {}, "source": ""},
              {"cell_type": "markdown", "metadata": {}, "source": ""},
              {"id": "not valid!", "cell_type": "markdown", "metadata": {}, "source": ""}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var ids = notebook.Cells.Select(c => c.Id).ToList();
        Assert.Equal("same", ids[0]);
        Assert.All(ids, id => Assert.True(CellIds.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_minimal_notebook_is_read()
    {
        var notebook = NotebookReader.Read(Minimal);

        Assert.Empty(notebook.Cells);
        Assert.Equal(5, notebook.NbFormatMinor);
    }
}
