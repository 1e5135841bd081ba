namespace HackathonPlatform.Web.Learning;

/// <summary>The output-cache policy of lecture pages for anonymous readers.</summary>
public static class LecturePageCache
{
    /// <summary>Policy name.</summary>
    public const string Policy = "AnonymousLecture";

    /// <summary>Tag evicted when the courses reload.</summary>
    public const string Tag = "lectures";

    /// <summary>How long a cached page lives when no reload evicts it.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
}
