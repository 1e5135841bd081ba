using System.Net;
using System.Text;

namespace HackathonPlatform.Learning.Search;

/// <summary>Cuts a window of text around the first match and marks the matched words.</summary>
internal static class SnippetBuilder
{
    private const int Before = 60;
    private const int Length = 200;

    public static (string Plain, string Html) Build(string text, IReadOnlyCollection<string> terms)
    {
        var words = Words(text).ToList();
        var first = words.FindIndex(w => Matches(text, w, terms));
        var from = first < 0 ? 0 : Math.Max(0, words[first].Start - Before);
        // Start on a word boundary so the snippet does not open with half a word.
        var startWord = words.FindIndex(w => w.Start >= from);
        if (startWord < 0) return ("", "");
        var start = words[startWord].Start;
        var endWord = words.FindLastIndex(w => w.Start + w.Length <= start + Length);
        var end = endWord < startWord ? Math.Min(text.Length, start + Length) : words[endWord].Start + words[endWord].Length;

        var prefix = start > 0 ? "… " : "";
        var suffix = end < text.Length ? " …" : "";
        var html = new StringBuilder(WebUtility.HtmlEncode(prefix));
        var position = start;
        foreach (var word in words.Skip(startWord).TakeWhile(w => w.Start + w.Length <= end))
        {
            if (!Matches(text, word, terms)) continue;
            html.Append(WebUtility.HtmlEncode(text[position..word.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(word.Start, word.Length))).Append("</mark>");
            position = word.Start + word.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[position..end])).Append(WebUtility.HtmlEncode(suffix));
        return (prefix + text[start..end] + suffix, html.ToString());
    }

    private static bool Matches(string text, (int Start, int Length) word, IReadOnlyCollection<string> terms)
    {
        var span = text.AsSpan(word.Start, word.Length);
        foreach (var term in terms)
        {
            if (span.StartsWith(term, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}
