using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Export;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Caching;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Api;

/// <summary>/api/hackathons: the public list, creation, editing, publishing, staff and exports.</summary>
internal static class HackathonsApi
{
    public static void MapHackathonsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hackathons").WithTags("Hackathons");
        group.MapGet("/", ListAsync).CacheOutput(PublicPageCache.Policy).WithName("ListHackathons").WithSummary("Published hackathons, soonest first.");
        group.MapGet("/{id:int}", GetAsync).CacheOutput(PublicPageCache.Policy).WithName("GetHackathon").WithSummary("One hackathon; unpublished ones only for their staff.");
        group.MapPost("/", CreateAsync).RequireAuthorization(HubPolicies.CanOrganise).WithName("CreateHackathon");
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("UpdateHackathon");
        group.MapPost("/{id:int}/publish", (int id, HackathonService s, CancellationToken ct) => PublishAsync(id, true, s, ct))
            .RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("PublishHackathon");
        group.MapPost("/{id:int}/unpublish", (int id, HackathonService s, CancellationToken ct) => PublishAsync(id, false, s, ct))
            .RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("UnpublishHackathon");
        group.MapGet("/{id:int}/staff", ListStaffAsync).RequireAuthorization(HubPolicies.HackathonStaff).WithName("ListStaff");
        group.MapPost("/{id:int}/staff", AppointAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("AppointStaff");
        group.MapDelete("/{id:int}/staff/{staffId:int}", RemoveStaffAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("RemoveStaff");
        group.MapGet("/{id:int}/participants.csv", ParticipantsCsvAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("ExportParticipants");
        group.MapGet("/{id:int}/groups.csv", GroupsCsvAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("ExportGroups");
    }

    private static async Task<Ok<List<HackathonDto>>> ListAsync(HackathonService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListPublishedAsync(ct)).Select(HackathonDto.From).ToList());

    private static async Task<Results<Ok<HackathonDto>, NotFound>> GetAsync(int id, HttpContext http, HackathonService service, HackathonAccess access, CancellationToken ct)
    {
        var hackathon = await service.FindAsync(id, ct);
        if (hackathon is null || (!hackathon.IsPublished && !await IsStaffAsync(http, access, id, ct)))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(HackathonDto.From(hackathon, await service.CountAcceptedAsync(id, ct)));
    }

    private static async Task<Results<Created<HackathonDto>, ValidationProblem>> CreateAsync(HackathonInput input, HttpContext http, HackathonService service, CancellationToken ct)
    {
        var outcome = await service.CreateAsync(input, http.UserId(), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/hackathons/{outcome.Value!.Id}", HackathonDto.From(outcome.Value, 0))
            : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => e.Value));
    }

    private static async Task<Results<Ok<HackathonDto>, NotFound, ValidationProblem>> UpdateAsync(int id, HackathonInput input, HackathonService service, CancellationToken ct)
    {
        var outcome = await service.UpdateAsync(id, input, ct);
        var accepted = await service.CountAcceptedAsync(id, ct);
        return ApiResults.From(outcome, h => HackathonDto.From(h, accepted));
    }

    private static async Task<Results<Ok<HackathonDto>, NotFound, ValidationProblem>> PublishAsync(int id, bool published, HackathonService service, CancellationToken ct)
    {
        var outcome = await service.SetPublishedAsync(id, published, ct);
        var accepted = await service.CountAcceptedAsync(id, ct);
        return ApiResults.From(outcome, h => HackathonDto.From(h, accepted));
    }

    private static async Task<Ok<List<StaffDto>>> ListStaffAsync(int id, StaffService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(id, ct)).Select(s => new StaffDto(s.Id, s.UserId, s.User?.DisplayName ?? "", s.User?.Email ?? "", s.Role.ToString())).ToList());

    private static async Task<Results<Ok<StaffDto>, NotFound, ValidationProblem>> AppointAsync(int id, StaffRequest request, StaffService service, CancellationToken ct)
    {
        if (!Enum.TryParse<StaffRole>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Role"] = ["Role is Organiser or Tutor."] });
        }

        return ApiResults.From(await service.AppointAsync(id, request.Email ?? "", role, ct), s => new StaffDto(s.Id, s.UserId, s.User?.DisplayName ?? "", s.User?.Email ?? "", s.Role.ToString()));
    }

    private static async Task<Results<Ok<StaffDto>, NotFound, ValidationProblem>> RemoveStaffAsync(int id, int staffId, StaffService service, CancellationToken ct) =>
        ApiResults.From(await service.RemoveAsync(id, staffId, ct), s => new StaffDto(s.Id, s.UserId, "", "", s.Role.ToString()));

    private static async Task<Results<FileContentHttpResult, NotFound>> ParticipantsCsvAsync(int id, HackathonService hackathons, RegistrationService registrations, GroupService groups, CancellationToken ct)
    {
        var hackathon = await hackathons.FindAsync(id, ct);
        return hackathon is null ? TypedResults.NotFound()
            : Csv(CsvExporter.Participants(hackathon, await registrations.ListAsync(id, ct), await groups.ListAsync(id, ct)), $"{hackathon.Slug}-participants.csv");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GroupsCsvAsync(int id, HackathonService hackathons, GroupService groups, CancellationToken ct)
    {
        var hackathon = await hackathons.FindAsync(id, ct);
        return hackathon is null ? TypedResults.NotFound() : Csv(CsvExporter.Groups(await groups.ListAsync(id, ct)), $"{hackathon.Slug}-groups.csv");
    }

    internal static FileContentHttpResult Csv(string text, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", fileName);

    internal static Task<bool> IsStaffAsync(HttpContext http, HackathonAccess access, int hackathonId, CancellationToken ct) =>
        access.IsStaffAsync(http.User, hackathonId, ct);
}
