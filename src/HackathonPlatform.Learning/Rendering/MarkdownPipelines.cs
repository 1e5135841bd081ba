using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>
/// The Markdig pipelines. Markdig's advanced set minus GenericAttributes (it lets authors write arbitrary
/// attributes such as onclick) and MediaLinks (it turns image links into iframes to any host): our sanitiser
/// would strip those anyway, but it is simpler to reason about a renderer that never emits them.
/// Pipelines are immutable and thread-safe once built.
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Lecture { get; } = Build(withLectureBlocks: true);

    /// <summary>For quiz questions, options and explanations: the same syntax without our block types.</summary>
    public static MarkdownPipeline Fragment { get; } = Build(withLectureBlocks: false);

    private static MarkdownPipeline Build(bool withLectureBlocks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAbbreviations()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCitations()
            .UseCustomContainers()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFigures()
            .UseFooters()
            .UseFootnotes()
            .UseGridTables()
            .UseMathematics()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .DisableHtml();
        if (withLectureBlocks) builder.Extensions.Add(new LectureRenderExtension());
        return builder.Build();
    }
}
