namespace HackathonPlatform.Learning.Catalog;

/// <summary>How serious an authoring problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The item still appears, possibly without the offending part (e.g. an unknown front matter key).</summary>
    Warning,

    /// <summary>The item (a course, a lecture, a quiz) is left out or shown as unavailable until the author fixes it.</summary>
    Error,
}
