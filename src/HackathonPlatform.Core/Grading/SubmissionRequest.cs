using HackathonPlatform.Core.Workspaces;

namespace HackathonPlatform.Core.Grading;

/// <summary>A notebook to store, with the rules of its exercise in force now.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="HackathonId">The hackathon it counts for, or null (course exercise).</param>
/// <param name="Owner">The group or person whose attempt it is.</param>
/// <param name="SubmitterId">The account submitting.</param>
/// <param name="Notebook">The uploaded bytes, stored unchanged.</param>
/// <param name="DueAt">The deadline, or null.</param>
/// <param name="MaxSubmissions">Attempts allowed, or null for no limit.</param>
public sealed record SubmissionRequest(
    string ExerciseId,
    int? HackathonId,
    WorkspaceOwner Owner,
    string SubmitterId,
    byte[] Notebook,
    DateTimeOffset? DueAt,
    int? MaxSubmissions);
