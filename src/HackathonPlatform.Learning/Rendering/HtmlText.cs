using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>Extracts readable text from our sanitised HTML (for search and word counts).</summary>
internal static class HtmlText
{
    public static string Extract(string html)
    {
        // A parser per call: load may run concurrently (tests, reloads) and parsing is cheap next to rendering.
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder();
        Append(document.Body!, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) text.Append(t.Data);
            // Quiz chrome (button labels, "Your answer") is not lecture content.
            else if (child is IElement e && e.LocalName is "button" or "legend") continue;
            else
            {
                Append(child, text);
                // Block boundaries separate words that the markup ran together ("Title</h2><p>Body").
                text.Append(' ');
            }
        }
    }
}
