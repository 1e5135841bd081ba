namespace HackathonPlatform.Notebooks.Tests;

public class MalformedNotebookTests
{
    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("{\"cells\": [", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("[1, 2]", "not a notebook")]
    [InlineData("\"just a string\"", "not a notebook")]
    [InlineData("{\"hello\": 1}", "no 'nbformat'")]
    [InlineData("{\"nbformat\": \"4\", \"cells\": []}", "'nbformat' must be an integer")]
    [InlineData("{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}", "nbformat 3 is not supported")]
    [InlineData("{\"nbformat\": 5, \"nbformat_minor\": 0, \"cells\": []}", "nbformat 5 is unknown")]
    [InlineData("{\"nbformat\": 4, \"nbformat_minor\": 4, \"metadata\": {}}", "'cells' is missing")]
    [InlineData("{\"nbformat\": 4, \"nbformat_minor\": 4, \"cells\": {}}", "'cells' must be a list")]
    [InlineData("{\"nbformat\": 4, \"nbformat_minor\": 4, \"metadata\": [], \"cells\": []}", "'metadata' must be an object")]
    [InlineData("{\"nbformat\": 4, \"cells\": [42]}", "a cell must be an object")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"widget\", \"source\": \"\"}]}", "unknown cell_type 'widget'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 7}]}", "expected a string or a list of strings")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": [\"a\", 1]}]}", "expected a string, not a number")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"execution_count\": \"1\"}]}", "'execution_count' must be an integer")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"magic\"}]}]}", "unknown output_type 'magic'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\"}]}]}", "'text' is missing")]
    public void Malformed_input_gives_a_NotebookFormatException_that_says_what_is_wrong(string json, string expected)
    {
        var ex = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(json, filePath: "bad.ipynb"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.ipynb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrongly_typed_field_is_reported_with_its_json_path()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(
            "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"markdown\", \"source\": \"\"}, {\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"error\", \"ename\": 1, \"evalue\": \"\"}]}]}"));

        Assert.Equal("cells[1].outputs[0].ename", ex.JsonPath);
    }

    [Fact]
    public void A_json_syntax_error_is_reported_with_line_and_byte()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read("{\n \"nbformat\": 4,\n \"cells\": [,]\n}"));

        Assert.Equal(3, ex.LineNumber);
        Assert.NotNull(ex.BytePositionInLine);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_over_the_size_limit_is_refused_before_parsing()
    {
        var big = "{\"nbformat\": 4, \"cells\": [], \"metadata\": {\"pad\": \"" + new string('x', 5000) + "\"}}";

        var ex = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(big, new NotebookReadOptions { MaxBytes = 1000 }));

        Assert.Contains("larger than the limit of 1000 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string(' ', 2048));
            var ex = Assert.Throws<NotebookFormatException>(() => NotebookReader.ReadFile(path, new NotebookReadOptions { MaxBytes = 1024 }));
            Assert.Equal(path, ex.FilePath);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused()
    {
        var deep = "{\"nbformat\": 4, \"cells\": [], \"metadata\": {\"x\": " + new string('[', 1000) + new string(']', 1000) + "}}";

        Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(deep));
    }

    [Fact]
    public void Invalid_utf8_is_a_format_error()
    {
        byte[] bytes = [.. "{\"nbformat\": 4, \"cells\": [], \"metadata\": {\"x\": \""u8, 0xC3, 0x28, .. "\"}}"u8];

        Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(bytes));
    }
}
