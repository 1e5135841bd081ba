using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>Registers the HTML renderers of our own block types.</summary>
internal sealed class LectureRenderExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready(new GeneratedHtmlRenderer());
        html.ObjectRenderers.AddIfNotAlready(new TranscriptRenderer());
    }

    private sealed class GeneratedHtmlRenderer : HtmlObjectRenderer<GeneratedHtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, GeneratedHtmlBlock obj) =>
            renderer.EnsureLine().Write(obj.Html).EnsureLine();
    }

    private sealed class TranscriptRenderer : HtmlObjectRenderer<TranscriptBlock>
    {
        protected override void Write(HtmlRenderer renderer, TranscriptBlock obj)
        {
            renderer.EnsureLine().WriteLine("<details class=\"transcript\"><summary>Transcript</summary>");
            renderer.WriteChildren(obj);
            renderer.EnsureLine().WriteLine("</details>");
        }
    }
}
