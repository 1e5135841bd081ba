namespace HackathonPlatform.Learning.Rendering;

/// <summary>How a lecture video is shown.</summary>
public enum VideoKind
{
    /// <summary>A YouTube video, embedded from youtube-nocookie.com (no tracking cookies before play).</summary>
    YouTube,

    /// <summary>A Vimeo video, embedded from player.vimeo.com with do-not-track.</summary>
    Vimeo,

    /// <summary>A video file (.mp4, .webm, .ogv) played by the browser's &lt;video&gt; element.</summary>
    File,

    /// <summary>Any other http(s) page: shown as a plain link, never framed.</summary>
    Link,
}
