namespace HackathonPlatform.Core.Grading;

/// <summary>One row of an exercise's leaderboard.</summary>
/// <param name="Rank">1 for the best; ties on score are broken by the earlier submission.</param>
/// <param name="OwnerKey">group-{id} or user-{id}.</param>
/// <param name="GroupId">The group, or null.</param>
/// <param name="UserId">The individual, or null.</param>
/// <param name="Score">The best autograded score.</param>
/// <param name="MaxScore">Points the tests are worth.</param>
/// <param name="SubmittedAt">When the best submission arrived.</param>
/// <param name="Submissions">How many submissions the owner made.</param>
public sealed record LeaderboardEntry(int Rank, string OwnerKey, int? GroupId, string? UserId, double Score, double MaxScore, DateTimeOffset SubmittedAt, int Submissions);
