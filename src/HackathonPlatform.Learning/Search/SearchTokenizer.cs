namespace HackathonPlatform.Learning.Search;

/// <summary>Splits text into lowercase word tokens; letters and digits only, tiny stop list.</summary>
internal static class SearchTokenizer
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or",
        "that", "the", "this", "to", "we", "with",
    ];

    public static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                var token = text[start..i].ToLowerInvariant();
                start = -1;
                if (!StopWords.Contains(token)) yield return token;
            }
        }
    }
}
