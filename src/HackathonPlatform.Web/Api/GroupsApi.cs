using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Api;

/// <summary>Groups: organisers form and edit them; participants see theirs and join by code.</summary>
internal static class GroupsApi
{
    public static void MapGroupsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hackathons/{id:int}/groups").WithTags("Groups");
        group.MapGet("/", ListAsync).RequireAuthorization(HubPolicies.HackathonStaff).WithName("ListGroups");
        group.MapGet("/mine", MineAsync).RequireAuthorization().WithName("GetMyGroup");
        group.MapPost("/join", JoinAsync).RequireAuthorization().WithName("JoinGroup");
        group.MapPost("/", CreateAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("CreateGroup");
        group.MapPost("/auto", AutoFormAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("FormGroupsAutomatically");
        group.MapPut("/{groupId:int}", RenameAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("RenameGroup");
        group.MapDelete("/{groupId:int}", DeleteAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("DeleteGroup");
        group.MapPost("/{groupId:int}/members", AddMemberAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("AddGroupMember");
        group.MapDelete("/{groupId:int}/members/{userId}", RemoveMemberAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("RemoveGroupMember");
        group.MapGet("/{groupId:int}/flavour", GetFlavourAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("GetGroupFlavour")
            .WithSummary("The group's allocated server flavour, its default and the flavours it may be allocated.");
        group.MapPut("/{groupId:int}/flavour", AllocateFlavourAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("AllocateGroupFlavour")
            .WithSummary("Allocates a flavour (null: the default); it takes effect at the group's next server start. A flavour the group may not use is refused with the reason.");
    }

    private static async Task<Ok<List<GroupDto>>> ListAsync(int id, GroupService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(id, ct)).Select(g => GroupDto.From(g)).ToList());

    private static async Task<Results<Ok<GroupDto>, NotFound>> MineAsync(int id, HttpContext http, GroupService service, CancellationToken ct) =>
        await service.FindGroupOfAsync(id, http.UserId(), ct) is { } g ? TypedResults.Ok(GroupDto.From(g)) : TypedResults.NotFound();

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> JoinAsync(int id, JoinRequest request, HttpContext http, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.JoinWithCodeAsync(id, http.UserId(), request.InviteCode ?? "", ct), g => GroupDto.From(g));

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> CreateAsync(int id, GroupNameRequest request, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.CreateAsync(id, request.Name ?? "", ct), g => GroupDto.From(g));

    private static async Task<Results<Ok<List<GroupDto>>, NotFound, ValidationProblem>> AutoFormAsync(int id, AutoFormRequest request, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.FormAutomaticallyAsync(id, request.SkillQuestionId, ct), groups => groups.Select(g => GroupDto.From(g)).ToList());

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> RenameAsync(int id, int groupId, GroupNameRequest request, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.RenameAsync(id, groupId, request.Name ?? "", ct), g => GroupDto.From(g));

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> DeleteAsync(int id, int groupId, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.DeleteAsync(id, groupId, ct), g => GroupDto.From(g));

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> AddMemberAsync(int id, int groupId, MemberRequest request, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.AddMemberAsync(id, groupId, request.UserId ?? "", ct), g => GroupDto.From(g));

    private static async Task<Results<Ok<GroupFlavourDto>, NotFound>> GetFlavourAsync(int id, int groupId, GroupService groups, ServerFlavours flavours, CancellationToken ct) =>
        await groups.FindAsync(groupId, ct) is { Hackathon: { } hackathon } g && g.HackathonId == id
            ? TypedResults.Ok(FlavourOf(g, hackathon.Slug, flavours))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<GroupFlavourDto>, NotFound, ValidationProblem>> AllocateFlavourAsync(
        int id, int groupId, GroupFlavourRequest request, GroupFlavourService service, ServerFlavours flavours, CancellationToken ct) =>
        ApiResults.From(await service.AllocateAsync(id, groupId, request.Flavour, ct), g => FlavourOf(g, g.Hackathon!.Slug, flavours));

    private static GroupFlavourDto FlavourOf(Group g, string hackathonSlug, ServerFlavours flavours) =>
        new(g.Id, g.FlavourName, flavours.DefaultFor(hackathonSlug, g.Name).Name,
            [.. flavours.AllowedFor(hackathonSlug, g.Name).Select(f => new FlavourDto(f.Name, f.Description, f.Cpu, f.MemoryMb, f.GpuCount, f.GpuModel))]);

    private static async Task<Results<Ok<GroupDto>, NotFound, ValidationProblem>> RemoveMemberAsync(int id, int groupId, string userId, GroupService service, CancellationToken ct) =>
        ApiResults.From(await service.RemoveMemberAsync(id, groupId, userId, ct), g => GroupDto.From(g));
}
