using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Grading.Exercises;

namespace HackathonPlatform.Web.Grading;

/// <summary>An exercise as one account meets it: in which hackathon (or course), in what role, submitting as whom.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Hackathon">The hackathon it is taken in, or null for a self-learner's course exercise.</param>
/// <param name="IsStaff">The account tutors or organises that hackathon (or is an admin) rather than taking part.</param>
/// <param name="Owner">Whose attempts and workspace: the group, or the account; null when the account cannot submit.</param>
/// <param name="CannotSubmitReason">Why <paramref name="Owner"/> is null.</param>
public sealed record ExerciseContext(Exercise Exercise, Hackathon? Hackathon, bool IsStaff, WorkspaceOwner? Owner, string? CannotSubmitReason)
{
    /// <summary>Feedback shows at once for course exercises, which have no tutor to release it.</summary>
    public bool ReleasesAutomatically => Hackathon is null;
}
