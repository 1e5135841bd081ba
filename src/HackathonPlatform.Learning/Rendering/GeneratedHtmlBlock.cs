using Markdig.Syntax;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>A block whose HTML our own code generated (a quiz form); it replaces the author's fenced block.</summary>
internal sealed class GeneratedHtmlBlock(string html) : LeafBlock(null)
{
    public string Html { get; } = html;
}
