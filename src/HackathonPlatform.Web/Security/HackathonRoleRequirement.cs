using Microsoft.AspNetCore.Authorization;

namespace HackathonPlatform.Web.Security;

/// <summary>The signed-in account organises (or, unless <paramref name="OrganiserOnly"/>, tutors) the route's hackathon.</summary>
/// <param name="OrganiserOnly">Tutors do not pass.</param>
public sealed record HackathonRoleRequirement(bool OrganiserOnly) : IAuthorizationRequirement;
