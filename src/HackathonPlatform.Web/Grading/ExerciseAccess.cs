using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Security;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Who sees which exercise: accepted participants and staff of the hackathons that use it, and every
/// signed-in account for exercises a course offers (individual work, like a self-learner's).
/// </summary>
public sealed class ExerciseAccess(ExerciseCatalogProvider exercises, HackathonService hackathons, HackathonAccess access, GroupService groups)
{
    /// <summary>The catalogue.</summary>
    public ExerciseCatalog Catalog => exercises.Catalog;

    /// <summary>Every exercise the account may open, earliest deadline first.</summary>
    public async Task<IReadOnlyList<ExerciseContext>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var result = new List<ExerciseContext>();
        foreach (var exercise in Catalog.Exercises)
        {
            if (await ResolveAsync(user, exercise, ct) is { } context)
            {
                result.Add(context);
            }
        }

        return result;
    }

    /// <summary>The account's view of an exercise, or null when it may not open it.</summary>
    public async Task<ExerciseContext?> ResolveAsync(ClaimsPrincipal user, Exercise exercise, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
        }

        ExerciseContext? staffView = null;
        foreach (var slug in exercise.Hackathons)
        {
            if (await hackathons.FindBySlugAsync(slug, ct) is not { } hackathon)
            {
                continue;
            }

            if (await access.IsAcceptedParticipantAsync(userId, hackathon.Id, ct))
            {
                return await ParticipantAsync(exercise, hackathon, userId, ct);
            }

            if (staffView is null && (user.IsInRole(PlatformRoles.Admin) || await access.IsTutorOrOrganiserAsync(userId, hackathon.Id, ct)))
            {
                staffView = new ExerciseContext(exercise, hackathon, true, null, "Tutors and organisers do not submit.");
            }
        }

        return staffView ?? (exercise.Courses.Count > 0 ? new ExerciseContext(exercise, null, false, WorkspaceOwner.ForUser(userId), null) : null);
    }

    /// <summary>Whether the account tutors or organises the hackathon (admins always do).</summary>
    public Task<bool> IsStaffAsync(ClaimsPrincipal user, int hackathonId, CancellationToken ct) => access.IsStaffAsync(user, hackathonId, ct);

    private async Task<ExerciseContext> ParticipantAsync(Exercise exercise, Hackathon hackathon, string userId, CancellationToken ct)
    {
        if (!exercise.IsGroupExercise)
        {
            return new ExerciseContext(exercise, hackathon, false, WorkspaceOwner.ForUser(userId), null);
        }

        var group = await groups.FindGroupOfAsync(hackathon.Id, userId, ct);
        return group is null
            ? new ExerciseContext(exercise, hackathon, false, null, "This is a group exercise and you are not in a group yet; the organisers form the groups.")
            : new ExerciseContext(exercise, hackathon, false, WorkspaceOwner.ForGroup(group.Id), null);
    }
}
