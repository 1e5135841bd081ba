using Markdig.Syntax;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>The blocks under a "## Transcript" heading, rendered as a collapsed &lt;details&gt;.</summary>
internal sealed class TranscriptBlock() : ContainerBlock(null);
