using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Api;

/// <summary>Applications: apply, withdraw, see my status; organisers list and decide.</summary>
internal static class RegistrationsApi
{
    public static void MapRegistrationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hackathons/{id:int}/registrations").WithTags("Registrations");
        group.MapPost("/", ApplyAsync).RequireAuthorization().WithName("Apply").WithSummary("Apply with answers keyed by question id.");
        group.MapGet("/me", MineAsync).RequireAuthorization().WithName("GetMyRegistration");
        group.MapDelete("/me", WithdrawAsync).RequireAuthorization().WithName("Withdraw");
        group.MapGet("/", ListAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("ListRegistrations");
        group.MapPost("/{registrationId:int}/decision", DecideAsync).RequireAuthorization(HubPolicies.HackathonOrganiser).WithName("Decide");
    }

    private static async Task<Results<Ok<RegistrationDto>, NotFound, ValidationProblem>> ApplyAsync(int id, ApplyRequest request, HttpContext http, RegistrationService service, CancellationToken ct) =>
        ApiResults.From(await service.ApplyAsync(id, http.UserId(), request.Answers ?? [], ct), RegistrationDto.From);

    private static async Task<Results<Ok<RegistrationDto>, NotFound>> MineAsync(int id, HttpContext http, RegistrationService service, CancellationToken ct) =>
        await service.FindAsync(id, http.UserId(), ct) is { } r ? TypedResults.Ok(RegistrationDto.From(r)) : TypedResults.NotFound();

    private static async Task<Results<Ok<RegistrationDto>, NotFound, ValidationProblem>> WithdrawAsync(int id, HttpContext http, RegistrationService service, CancellationToken ct) =>
        ApiResults.From(await service.WithdrawAsync(id, http.UserId(), ct), RegistrationDto.From);

    private static async Task<Ok<List<RegistrationDto>>> ListAsync(int id, RegistrationService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(id, ct)).Select(RegistrationDto.From).ToList());

    private static async Task<Results<Ok<RegistrationDto>, NotFound, ValidationProblem>> DecideAsync(int id, int registrationId, DecisionRequest request, RegistrationService service, CancellationToken ct)
    {
        if (!Enum.TryParse<RegistrationStatus>(request.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Status"] = ["Status is Accepted, Rejected or Waitlisted."] });
        }

        return ApiResults.From(await service.DecideAsync(id, registrationId, status, ct), RegistrationDto.From);
    }
}
