using System.Security.Claims;
using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Who is staff of a course, for its gradebook, its regrading and its learners' submissions. Courses
/// have no staff of their own in the hub: a course is a folder under courses/ that every signed-in
/// learner may take, with no appointment table (hackathons have HackathonStaff; courses nothing), and
/// the authors' pages are authorised by global role (CanOrganise). So course staff are the holders of
/// the global roles that teach: Admin, Organiser and Tutor (<see cref="PlatformRoles"/>), for every
/// course. A tutor appointed to one hackathon without the global Tutor role grades that hackathon
/// only; learners' course work is not part of it.
/// </summary>
public static class CourseStaff
{
    /// <summary>The roles, as [Authorize(Roles = ...)] takes them.</summary>
    public const string Roles = PlatformRoles.Admin + "," + PlatformRoles.Organiser + "," + PlatformRoles.Tutor;

    /// <summary>The roles, one by one.</summary>
    public static readonly IReadOnlyList<string> RoleNames = [PlatformRoles.Admin, PlatformRoles.Organiser, PlatformRoles.Tutor];

    /// <summary>Whether the signed-in account is course staff.</summary>
    public static bool Includes(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && RoleNames.Any(user.IsInRole);
    }
}
