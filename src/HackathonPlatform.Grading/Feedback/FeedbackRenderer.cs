using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Feedback;

/// <summary>
/// Renders a graded notebook as a standalone HTML feedback page. Everything that comes from the
/// notebook (Markdown, code, outputs, even text/html outputs) is HTML-escaped: the only markup on
/// the page is ours. Cells with hidden tests show their visible part and pass/fail with points;
/// neither their hidden code nor their output (a traceback would quote it) appears.
/// </summary>
public static partial class FeedbackRenderer
{
    /// <summary>Renders the feedback page.</summary>
    /// <param name="report">A report from <see cref="GradingPipeline"/>.</param>
    /// <param name="title">The page title (escaped).</param>
    /// <returns>A complete HTML document.</returns>
    public static string Render(GradeReport report, string title = "Feedback")
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:60rem;margin:auto}pre{background:#f6f6f6;padding:.5rem;overflow-x:auto;white-space:pre-wrap}")
            .Append(".grade{border-left:4px solid #888;padding:.25rem .5rem;margin:.25rem 0}.passed{border-color:#2a2}.failed{border-color:#c22}.manual{border-color:#c90}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        AppendSummary(html, report);
        if (report.Graded is { } notebook)
        {
            var markers = LanguageProfile.For(notebook).Markers;
            var grades = report.Cells.ToDictionary(c => c.GradeId, StringComparer.Ordinal);
            foreach (var cell in notebook.Cells)
            {
                var grade = cell.GradeId() is { } id && grades.TryGetValue(id, out var g) ? g : null;
                AppendCell(html, cell, grade, markers);
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, GradeReport report)
    {
        if (report.Error is not null)
        {
            html.Append("<p class=\"error\">").Append(E(report.Error)).Append("</p>\n");
        }

        html.Append("<p class=\"score\">Score: ").Append(N(report.Score)).Append(" / ").Append(N(report.MaxPoints));
        if (report.LatePenalty > 0)
        {
            html.Append(" (late penalty: ").Append(N(report.LatePenalty)).Append(')');
        }

        if (report.NeedsManualGrading)
        {
            html.Append(" — some answers are still to be graded by a tutor");
        }

        html.Append("</p>\n");
        if (report.Flags.Count > 0)
        {
            html.Append("<ul class=\"flags\">\n");
            foreach (var flag in report.Flags)
            {
                html.Append("<li>").Append(E(flag.Message)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static void AppendCell(StringBuilder html, Cell cell, CellGrade? grade, RegionMarkers markers)
    {
        var hidden = grade?.HasHiddenTests == true;
        var source = hidden ? VisiblePart(cell.Source, markers) : cell.Source;
        html.Append("<div class=\"cell ").Append(cell.CellType.ToNbformat()).Append("\">\n<pre class=\"source\">").Append(E(source)).Append("</pre>\n");
        if (hidden)
        {
            html.Append("<p class=\"hidden-tests\">This cell also runs hidden tests; only their result is shown.</p>\n");
        }
        else
        {
            foreach (var text in cell.Outputs.Select(OutputText.Of).OfType<string>())
            {
                html.Append("<pre class=\"output\">").Append(E(OutputText.StripAnsi(text))).Append("</pre>\n");
            }
        }

        if (grade is not null)
        {
            var css = grade.Status switch
            {
                CellGradeStatus.Passed => "passed",
                CellGradeStatus.NeedsManualGrading => "manual",
                _ => "failed",
            };
            html.Append("<div class=\"grade ").Append(css).Append("\">").Append(E(grade.GradeId)).Append(": ")
                .Append(E(Describe(grade.Status))).Append(", ")
                .Append(grade.Points is { } p ? N(p) : "?").Append(" / ").Append(N(grade.MaxPoints)).Append(" points</div>\n");
        }

        html.Append("</div>\n");
    }

    private static string VisiblePart(string source, RegionMarkers markers)
    {
        try
        {
            return SourceRegions.RemoveHiddenTests(source, markers, out _);
        }
        catch (NotebookFormatException)
        {
            // Broken markers: showing nothing is the only way to be sure nothing hidden shows.
            return string.Empty;
        }
    }

    private static string Describe(CellGradeStatus status) => SplitWords().Replace(status.ToString(), " $1").ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex SplitWords();
}
