namespace HackathonPlatform.Notebooks.Json;

/// <summary>Python's <c>str.splitlines(keepends=True)</c>, which nbformat uses to write multi-line strings.</summary>
internal static class PythonText
{
    /// <summary>
    /// Splits after every line boundary Python recognises (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
    /// \u2028, \u2029), keeping the boundaries; an empty string gives no lines.
    /// </summary>
    public static List<string> SplitLinesKeepEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsBoundary(c))
            {
                var end = i + 1;
                if (c == '\r' && end < text.Length && text[end] == '\n')
                {
                    end++;
                }

                lines.Add(text[start..end]);
                start = end;
                i = end;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static bool IsBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
}
