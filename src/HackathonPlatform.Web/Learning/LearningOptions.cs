namespace HackathonPlatform.Web.Learning;

/// <summary>Where the courses and the built docs site are, bound from the "Learning" configuration section.</summary>
public sealed class LearningOptions
{
    /// <summary>The courses folder; default: courses/ beside HackathonPlatform.sln above the content root.</summary>
    public string? CoursesDirectory { get; set; }

    /// <summary>The docfx output; default: site/_site beside HackathonPlatform.sln above the content root.</summary>
    public string? DocsDirectory { get; set; }

    /// <summary>Reload courses when their files change (authors see edits without a restart).</summary>
    public bool WatchCourses { get; set; } = true;
}
