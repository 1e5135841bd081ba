using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>Moves the blocks of a top-level "## Transcript" section into a collapsible <see cref="TranscriptBlock"/>.</summary>
internal static class TranscriptSection
{
    public static bool Wrap(MarkdownDocument document)
    {
        var start = -1;
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is HeadingBlock { Level: 2 } heading && IsTranscriptHeading(heading))
            {
                start = i;
                break;
            }
        }
        if (start < 0) return false;

        var transcript = new TranscriptBlock();
        document.RemoveAt(start);
        // The section ends at the next heading of the same or a higher level, like any Markdown section, or
        // at the footnotes that Markdig appends to the document (they belong to the whole lecture).
        while (start < document.Count && document[start] is not (HeadingBlock { Level: <= 2 } or FootnoteGroup))
        {
            var block = document[start];
            document.RemoveAt(start);
            transcript.Add(block);
        }
        document.Insert(start, transcript);
        return true;
    }

    private static bool IsTranscriptHeading(HeadingBlock heading) =>
        heading.Inline?.FirstChild is Markdig.Syntax.Inlines.LiteralInline literal
        && literal.NextSibling is null
        && literal.Content.ToString().Trim().Equals("Transcript", StringComparison.OrdinalIgnoreCase);
}
