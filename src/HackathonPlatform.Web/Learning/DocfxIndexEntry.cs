using System.Text.Json.Serialization;

namespace HackathonPlatform.Web.Learning;

/// <summary>One page of docfx's search index (_site/index.json maps each page's path to one of these).</summary>
internal sealed class DocfxIndexEntry
{
    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    // The page text, whitespace-collapsed: "summary" in current docfx, "keywords" in older versions.
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("keywords")]
    public string? Keywords { get; set; }
}
