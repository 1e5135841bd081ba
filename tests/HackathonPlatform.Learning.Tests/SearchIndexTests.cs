using HackathonPlatform.Learning.Search;

namespace HackathonPlatform.Learning.Tests;

public class SearchIndexTests
{
    private static SearchIndex Index()
    {
        var index = new SearchIndex();
        index.AddRange(
        [
            new SearchDocument { Url = "/l/gpu", Title = "Training on GPUs", Kind = SearchDocumentKinds.Lecture, Text = "Mini-batches keep the device busy. Mixed precision halves memory.", Tags = ["hardware"] },
            new SearchDocument { Url = "/l/cnn", Title = "Convolutional networks", Kind = SearchDocumentKinds.Lecture, Text = "Calorimeter images are small. A GPU speeds up convolutions a lot, but the idea is locality and weight sharing." },
            new SearchDocument { Url = "/l/qaoa", Title = "QAOA", Kind = SearchDocumentKinds.Lecture, Text = "Alternating cost and mixer layers approximate adiabatic evolution." },
        ]);
        return index;
    }

    [Fact]
    public void A_title_match_outranks_a_passing_mention_and_prefixes_match_plurals()
    {
        var hits = Index().Search("GPU");

        Assert.Equal(["/l/gpu", "/l/cnn"], hits.Select(h => h.Document.Url));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Pages_matching_more_query_words_rank_higher()
    {
        var hits = Index().Search("calorimeter convolutions memory");

        Assert.Equal("/l/cnn", hits[0].Document.Url);
    }

    [Fact]
    public void Snippets_are_cut_around_the_match_and_mark_it_html_safely()
    {
        var index = new SearchIndex();
        var text = string.Concat(Enumerable.Repeat("filler words here ", 30)) + "the <b>adiabatic</b> theorem " + string.Concat(Enumerable.Repeat("more text ", 40));
        index.Add(new SearchDocument { Url = "/d", Title = "Doc", Kind = SearchDocumentKinds.Doc, Text = text });

        var hit = Assert.Single(index.Search("adiabatic"));

        Assert.StartsWith("… ", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length < 230);
        Assert.Contains("&lt;b&gt;<mark>adiabatic</mark>&lt;/b&gt;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_are_replaced_by_url_and_by_kind()
    {
        var index = Index();
        index.Add(new SearchDocument { Url = "/docs/gpu", Title = "GPU servers", Kind = SearchDocumentKinds.Doc, Text = "Ask for a T4." });
        index.Add(new SearchDocument { Url = "/l/qaoa", Title = "QAOA again", Kind = SearchDocumentKinds.Lecture, Text = "" });
        Assert.Equal(4, index.Count);

        index.Replace([SearchDocumentKinds.Lecture], []);

        Assert.Equal(["/docs/gpu"], index.Search("gpu").Select(h => h.Document.Url));
        Assert.Empty(index.Search("gpu", kind: SearchDocumentKinds.Lecture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of")]
    [InlineData("zzzunknown")]
    public void Queries_without_usable_words_or_matches_return_nothing(string query) =>
        Assert.Empty(Index().Search(query));
}
