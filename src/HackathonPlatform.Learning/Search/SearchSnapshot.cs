namespace HackathonPlatform.Learning.Search;

/// <summary>The immutable inverted index behind <see cref="SearchIndex"/>.</summary>
internal sealed class SearchSnapshot
{
    // Field weights: a word in the title says more about the page than the same word in its text.
    private const double TitleWeight = 4, TagWeight = 2, TextWeight = 1;
    private const double K1 = 1.2, B = 0.75, PrefixPenalty = 0.6;

    private readonly SearchDocument[] documents;
    private readonly int[] lengths;
    private readonly double averageLength;
    private readonly Dictionary<string, List<(int Entry, double Frequency)>> postings;
    private readonly string[] sortedTerms;

    private SearchSnapshot(SearchDocument[] documents, int[] lengths, Dictionary<string, List<(int, double)>> postings)
    {
        this.documents = documents;
        this.lengths = lengths;
        this.postings = postings;
        averageLength = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        sortedTerms = [.. postings.Keys.Order(StringComparer.Ordinal)];
    }

    public static SearchSnapshot Empty { get; } = Build([]);

    public int Count => documents.Length;

    public SearchDocument Document(int entry) => documents[entry];

    public static SearchSnapshot Build(IEnumerable<SearchDocument> source)
    {
        var documents = source.ToArray();
        var lengths = new int[documents.Length];
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
            lengths[i] = CountTokens(documents[i].Title, TitleWeight, frequencies)
                + CountTokens(string.Join(' ', documents[i].Tags), TagWeight, frequencies)
                + CountTokens(documents[i].Text, TextWeight, frequencies);
            foreach (var (term, frequency) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((i, frequency));
            }
        }
        return new SearchSnapshot(documents, lengths, postings);
    }

    /// <summary>BM25 per query term (best of its exact and prefix matches), scaled by the share of terms matched.</summary>
    public IEnumerable<(int Entry, double Score)> Score(IReadOnlyList<string> terms, string query)
    {
        var scores = new Dictionary<int, (double Score, int Matched)>();
        foreach (var term in terms)
        {
            var best = new Dictionary<int, double>();
            foreach (var (variant, penalty) in Variants(term))
            {
                var list = postings[variant];
                var idf = Math.Log(1 + (documents.Length - list.Count + 0.5) / (list.Count + 0.5));
                foreach (var (entry, tf) in list)
                {
                    var norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[entry] / averageLength));
                    best[entry] = Math.Max(best.GetValueOrDefault(entry), idf * norm * penalty);
                }
            }
            foreach (var (entry, score) in best)
            {
                var (sum, matched) = scores.GetValueOrDefault(entry);
                scores[entry] = (sum + score, matched + 1);
            }
        }

        var phrase = query.Trim();
        foreach (var (entry, (score, matched)) in scores)
        {
            var coverage = (double)matched / terms.Count;
            var titleBonus = documents[entry].Title.Contains(phrase, StringComparison.OrdinalIgnoreCase) ? 1.5 : 1;
            yield return (entry, score * coverage * coverage * titleBonus);
        }
    }

    private IEnumerable<(string Term, double Penalty)> Variants(string term)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stem, weight) in Stems(term))
        {
            if (postings.ContainsKey(stem) && seen.Add(stem)) yield return (stem, weight);
            // Prefix matches only for 3+ letters: "ne" would otherwise match half the vocabulary.
            if (stem.Length < 3) continue;
            var index = Array.BinarySearch(sortedTerms, stem, StringComparer.Ordinal);
            for (var i = index < 0 ? ~index : index + 1; i < sortedTerms.Length && sortedTerms[i].StartsWith(stem, StringComparison.Ordinal); i++)
            {
                if (seen.Add(sortedTerms[i])) yield return (sortedTerms[i], weight * PrefixPenalty);
            }
        }
    }

    /// <summary>The term, and for a plural-looking term its singular ("gluons" also finds "gluon").</summary>
    public static IEnumerable<(string Stem, double Weight)> Stems(string term)
    {
        yield return (term, 1);
        if (term.Length >= 4 && term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal)) yield return (term[..^1], 0.9);
    }

    private static int CountTokens(string text, double weight, Dictionary<string, double> frequencies)
    {
        var count = 0;
        foreach (var token in SearchTokenizer.Tokens(text))
        {
            frequencies[token] = frequencies.GetValueOrDefault(token) + weight;
            count++;
        }
        return count;
    }
}
