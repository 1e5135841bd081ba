namespace HackathonPlatform.Core.Grading;

/// <summary>Sizes of stored grading data; column lengths and upload checks use the same numbers.</summary>
public static class GradingLimits
{
    /// <summary>Characters in an exercise id (a folder name).</summary>
    public const int ExerciseIdLength = 64;

    /// <summary>Characters in an owner key (<c>group-{id}</c>, <c>user-{id}</c>).</summary>
    public const int OwnerKeyLength = 100;

    /// <summary>Characters in an nbgrader grade_id.</summary>
    public const int GradeIdLength = 200;

    /// <summary>Characters in a tutor's comment.</summary>
    public const int CommentLength = 4000;

    /// <summary>Characters kept of a job's error.</summary>
    public const int ErrorLength = 4000;

    /// <summary>Characters in a worker name.</summary>
    public const int LeaseOwnerLength = 200;

    /// <summary>Bytes in an uploaded notebook (20 MiB: outputs with plots are large, but not larger).</summary>
    public const int MaxNotebookBytes = 20 * 1024 * 1024;

    /// <summary>Runs of one job before it is marked failed (a notebook that kills every worker stops here).</summary>
    public const int MaxJobAttempts = 3;
}
