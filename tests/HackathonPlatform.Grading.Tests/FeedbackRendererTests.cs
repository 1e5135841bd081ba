using HackathonPlatform.Grading.Feedback;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Tests;

public class FeedbackRendererTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static async Task<string> FeedbackFor(Action<Notebook> edit, ScriptedExecutor executor)
    {
        var release = ReleaseGenerator.Generate(Fixtures.CSharpExercise());
        var submission = release.Student.Clone();
        edit(submission);
        var report = await new GradingPipeline(executor).GradeAsync(release, submission);
        return FeedbackRenderer.Render(report, "Squares " + Hostile);
    }

    [Fact]
    public async Task Hostile_markdown_and_code_are_escaped()
    {
        var html = await FeedbackFor(n => { n.Cells[4].Source = Hostile; n.Cells[1].Source = "// " + Hostile; }, new ScriptedExecutor());

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_html_outputs_are_shown_as_text_never_as_markup()
    {
        var bundle = new MimeBundle();
        bundle.SetText("text/html", Hostile);
        bundle.SetText("text/plain", Hostile);
        var executor = new ScriptedExecutor()
            .Passes("partial", new DisplayDataOutput(bundle), new StreamOutput("stdout", Hostile))
            .Fails("square", "Exception", Hostile);

        var html = await FeedbackFor(_ => { }, executor);

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert(1)>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_tests_code_and_output_never_appear_only_their_result()
    {
        var executor = new ScriptedExecutor().Fails("square_tests", "AssertionError", "Assert(Square(12) == 144) failed");

        var html = await FeedbackFor(_ => { }, executor);

        Assert.DoesNotContain("Square(12)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("144", html, StringComparison.Ordinal);
        Assert.Contains("Assert(Square(2) == 4);", html, StringComparison.Ordinal);
        Assert.Contains("square_tests: failed, 0 / 2 points", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_score_and_the_flags()
    {
        var html = await FeedbackFor(n => n.Cells[2].Source = "tampered", new ScriptedExecutor());

        Assert.Contains("Score: 5 / 8", html, StringComparison.Ordinal);
        Assert.Contains("was edited (checksum mismatch)", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ansi_colour_codes_in_tracebacks_are_stripped()
    {
        var notebook = new Notebook();
        var cell = Cell.Code("x");
        cell.Outputs.Add(new ErrorOutput("E", "v", ["\u001b[0;31mValueError\u001b[0m: bad"]));
        notebook.Cells.Add(cell);

        var html = FeedbackRenderer.Render(new GradeReport([], [], 0, notebook, null));

        Assert.Contains("ValueError: bad", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
    }
}
