namespace HackathonPlatform.Web.Api;

/// <summary>The JSON API under /api; the OpenAPI document is at /openapi/v1.json.</summary>
public static class HubApi
{
    /// <summary>Maps every API group.</summary>
    public static IEndpointRouteBuilder MapHubApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();
        api.MapHackathonsApi();
        api.MapRegistrationsApi();
        api.MapGroupsApi();
        api.MapAdminApi();
        api.MapServersApi();
        Jobs.JobsApi.MapJobsApi(api);
        return app;
    }
}
