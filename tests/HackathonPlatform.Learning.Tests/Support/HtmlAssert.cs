using AngleSharp.Html.Parser;

namespace HackathonPlatform.Learning.Tests.Support;

/// <summary>Checks rendered HTML as a browser would parse it, not as text (escaped text may say anything).</summary>
internal static class HtmlAssert
{
    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "style", "link", "meta", "base", "svg", "math"];

    public static void Inert(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)
                        || value.StartsWith("vbscript:", StringComparison.Ordinal), $"{attribute.Name}={attribute.Value}");
                }
            }
        }
    }
}
