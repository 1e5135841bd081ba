namespace HackathonPlatform.Learning.Search;

/// <summary>The kinds of search documents the platform uses; any other string works too.</summary>
public static class SearchDocumentKinds
{
    /// <summary>A course page.</summary>
    public const string Course = "course";

    /// <summary>A lecture page.</summary>
    public const string Lecture = "lecture";

    /// <summary>A docs or knowledge-base page (added by the hub).</summary>
    public const string Doc = "doc";
}
