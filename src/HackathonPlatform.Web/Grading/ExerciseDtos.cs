namespace HackathonPlatform.Web.Grading;

/// <summary>An exercise as a participant sees it.</summary>
public sealed record ExerciseDto(
    string Id, string Title, string Summary, string Language, DateTimeOffset? DueAt, string LatePolicy, double MaxPoints,
    bool IsGroupExercise, bool Leaderboard, int? MaxSubmissions, int? SubmissionsLeft, int? HackathonId, string? HackathonSlug,
    bool CanSubmit, string? CannotSubmitReason);

/// <summary>One of my submissions. Hidden tests appear as pass/fail and points only, never as code or output.</summary>
public sealed record SubmissionDto(
    int Id, int Attempt, DateTimeOffset SubmittedAt, bool IsLate, string Sha256, string Status, double? Score, double? MaxScore,
    bool Released, double? FinalScore, double? LatePenalty, string? Error, IReadOnlyList<TestResultDto> Tests, IReadOnlyList<TutorCommentDto> Comments);

/// <summary>The result of one graded cell.</summary>
public sealed record TestResultDto(string GradeId, string Kind, string Status, double? Points, double MaxPoints, bool HiddenTests, string? Output);

/// <summary>A tutor's points and comment on a free-response cell (shown once released).</summary>
public sealed record TutorCommentDto(string GradeId, double? Points, string Comment);

/// <summary>One leaderboard row.</summary>
public sealed record LeaderboardRowDto(int Rank, string Name, double Score, double MaxScore, DateTimeOffset SubmittedAt, int Submissions, bool IsMine);

/// <summary>Where a released notebook was put.</summary>
public sealed record WorkspaceCopyDto(string Path, bool Written, string Message);
