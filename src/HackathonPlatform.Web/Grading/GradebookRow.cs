using HackathonPlatform.Core.Grading;

namespace HackathonPlatform.Web.Grading;

/// <summary>One group (or individual) in the gradebook: the latest graded submission per exercise, as nbgrader counts.</summary>
/// <param name="OwnerKey">group-{id} or user-{id}.</param>
/// <param name="Name">Group name or participant's name.</param>
/// <param name="Latest">Exercise id → the latest graded submission.</param>
/// <param name="Attempts">Exercise id → submissions made.</param>
public sealed record GradebookRow(string OwnerKey, string Name, IReadOnlyDictionary<string, SubmissionSummary> Latest, IReadOnlyDictionary<string, int> Attempts)
{
    /// <summary>Sum of the final scores.</summary>
    public double Total => Latest.Values.Sum(s => s.Result?.FinalScore ?? 0);
}
