using System.Text;
using System.Text.RegularExpressions;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading;

/// <summary>Plain-text views of a cell's outputs, for reports and feedback.</summary>
internal static partial class OutputText
{
    /// <summary>Removes ANSI colour codes (IPython colours its tracebacks).</summary>
    public static string StripAnsi(string text) => Ansi().Replace(text, string.Empty);

    /// <summary>The text of one output, or null when it has no text form.</summary>
    public static string? Of(Output output) => output switch
    {
        StreamOutput s => s.Text,
        ErrorOutput e => StripAnsi(e.Traceback.Count > 0 ? string.Join('\n', e.Traceback) : $"{e.ErrorName}: {e.ErrorValue}"),
        ExecuteResultOutput r => r.Data.GetText("text/plain"),
        DisplayDataOutput d => d.Data.GetText("text/plain"),
        _ => null,
    };

    /// <summary>All outputs as one text, cut at <paramref name="maxChars"/>.</summary>
    public static string Summary(Cell cell, int maxChars)
    {
        var sb = new StringBuilder();
        foreach (var text in cell.Outputs.Select(Of).OfType<string>())
        {
            sb.Append(text);
            if (sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append('\n');
            }
        }

        return sb.Length <= maxChars ? sb.ToString() : sb.ToString(0, maxChars) + "\n... Output truncated ...";
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();
}
