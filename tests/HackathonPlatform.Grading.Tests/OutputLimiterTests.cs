using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Tests;

public class OutputLimiterTests
{
    private static (Notebook Notebook, Cell Cell) WithOutputs(params Output[] outputs)
    {
        var notebook = new Notebook();
        var cell = Cell.Code("print(...)", Fixtures.Meta("t", grade: true, points: 1));
        foreach (var output in outputs)
        {
            cell.Outputs.Add(output);
        }

        notebook.Cells.Add(cell);
        return (notebook, cell);
    }

    [Fact]
    public void Streams_are_cut_to_the_line_limit_with_a_notice_like_nbgrader()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"line {i}"));
        var (notebook, cell) = WithOutputs(new StreamOutput("stdout", text), new StreamOutput("stdout", "more"));
        var flags = new List<GradingFlag>();

        OutputLimiter.Limit(notebook, new OutputLimits { MaxLines = 10 }, flags);

        var stream = Assert.IsType<StreamOutput>(Assert.Single(cell.Outputs));
        Assert.Equal(10, stream.Text.Split('\n').Length);
        Assert.EndsWith("... Output truncated ...", stream.Text, StringComparison.Ordinal);
        Assert.Equal((GradingFlagKind.OutputTruncated, "t"), (Assert.Single(flags).Kind, flags[0].GradeId));
    }

    [Fact]
    public void A_single_huge_line_is_cut_to_the_character_limit()
    {
        var (notebook, cell) = WithOutputs(new StreamOutput("stdout", new string('x', 1_000_000)));

        OutputLimiter.Limit(notebook, new OutputLimits { MaxCharsPerOutput = 1000 }, []);

        Assert.True(((StreamOutput)cell.Outputs[0]).Text.Length < 1100);
    }

    [Fact]
    public void Long_tracebacks_keep_their_start_and_end()
    {
        var (notebook, cell) = WithOutputs(new ErrorOutput("RecursionError", "deep", Enumerable.Range(0, 500).Select(i => $"frame {i}")));

        OutputLimiter.Limit(notebook, new OutputLimits { MaxTracebackLines = 10 }, []);

        var traceback = ((ErrorOutput)cell.Outputs[0]).Traceback;
        Assert.Equal(10, traceback.Count);
        Assert.Equal("frame 0", traceback[0]);
        Assert.Equal("frame 499", traceback[^1]);
    }

    [Fact]
    public void A_huge_image_is_replaced_by_a_text_notice()
    {
        var bundle = new MimeBundle();
        bundle.SetText("image/png", new string('A', 50_000));
        var (notebook, cell) = WithOutputs(new DisplayDataOutput(bundle));

        OutputLimiter.Limit(notebook, new OutputLimits { MaxCharsPerOutput = 1000 }, []);

        var data = ((DisplayDataOutput)cell.Outputs[0]).Data;
        Assert.DoesNotContain("image/png", data.MimeTypes);
        Assert.Contains("image/png output of 50000 characters removed", data.GetText("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void Small_outputs_are_untouched_and_not_flagged()
    {
        var (notebook, cell) = WithOutputs(new StreamOutput("stdout", "ok\n"));
        var flags = new List<GradingFlag>();

        OutputLimiter.Limit(notebook, OutputLimits.Default, flags);

        Assert.Equal("ok\n", ((StreamOutput)cell.Outputs[0]).Text);
        Assert.Empty(flags);
    }
}
