using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Notebooks.Tests;

public class SourceRegionsTests
{
    private const string PythonStub = "# YOUR CODE HERE\nraise NotImplementedError()";

    [Fact]
    public void A_solution_region_is_replaced_by_the_stub_indented_like_its_begin_line()
    {
        var source = "def f(n):\n    \"\"\"Doc.\"\"\"\n    ### BEGIN SOLUTION\n    return n\n    ### END SOLUTION";

        var result = SourceRegions.ReplaceSolutions(source, PythonStub, RegionMarkers.Python, out var replaced);

        Assert.True(replaced);
        Assert.Equal("def f(n):\n    \"\"\"Doc.\"\"\"\n    # YOUR CODE HERE\n    raise NotImplementedError()", result);
    }

    [Fact]
    public void Several_regions_are_all_replaced_and_text_between_them_kept()
    {
        var source = "### BEGIN SOLUTION\na\n### END SOLUTION\nkeep\n### BEGIN SOLUTION\nb\n### END SOLUTION\n";

        var result = SourceRegions.ReplaceSolutions(source, "STUB", RegionMarkers.Python, out _);

        Assert.Equal("STUB\nkeep\nSTUB\n", result);
    }

    [Fact]
    public void Source_without_markers_is_unchanged()
    {
        var result = SourceRegions.ReplaceSolutions("x = 1", "STUB", RegionMarkers.Python, out var replaced);

        Assert.False(replaced);
        Assert.Equal("x = 1", result);
    }

    [Fact]
    public void CSharp_markers_may_be_written_as_comments_so_the_reference_solution_compiles()
    {
        var source = "int Square(int x)\n{\n    // ### BEGIN SOLUTION\n    return x * x;\n    // ### END SOLUTION\n}";

        var result = SourceRegions.ReplaceSolutions(source, "// YOUR CODE HERE\nthrow new NotImplementedException();", RegionMarkers.CSharp, out _);

        Assert.Equal("int Square(int x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}", result);
    }

    [Fact]
    public void A_nested_or_unclosed_solution_region_is_a_format_error_naming_the_line()
    {
        var nested = Assert.Throws<NotebookFormatException>(() =>
            SourceRegions.ReplaceSolutions("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "S", RegionMarkers.Python, out _));
        var unclosed = Assert.Throws<NotebookFormatException>(() =>
            SourceRegions.ReplaceSolutions("a\n### BEGIN SOLUTION\nb", "S", RegionMarkers.Python, out _));

        Assert.Contains("line 2", nested.Message, StringComparison.Ordinal);
        Assert.Contains("line 2 has no END SOLUTION", unclosed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_tests_are_removed_with_their_delimiters_whatever_the_comment_syntax()
    {
        var source = "assert f(1) == 1\n### BEGIN HIDDEN TESTS\nassert f(2) == 4\n### END HIDDEN TESTS\nassert f(0) == 0";
        var csharp = "Assert(F(1) == 1);\n// BEGIN HIDDEN TESTS\nAssert(F(2) == 4);\n// END HIDDEN TESTS";

        Assert.Equal("assert f(1) == 1\nassert f(0) == 0", SourceRegions.RemoveHiddenTests(source, RegionMarkers.Python, out var removed));
        Assert.True(removed);
        Assert.Equal("Assert(F(1) == 1);", SourceRegions.RemoveHiddenTests(csharp, RegionMarkers.CSharp, out _));
        Assert.True(SourceRegions.HasHiddenTests(source, RegionMarkers.Python));
    }

    [Fact]
    public void An_unclosed_hidden_tests_region_is_a_format_error()
    {
        Assert.Throws<NotebookFormatException>(() =>
            SourceRegions.RemoveHiddenTests("### BEGIN HIDDEN TESTS\nsecret", RegionMarkers.Python, out _));
    }
}
