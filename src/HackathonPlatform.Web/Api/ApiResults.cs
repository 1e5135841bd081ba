using HackathonPlatform.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Api;

/// <summary>Turns service outcomes into HTTP results: 404 or a ValidationProblem (RFC 9457 ProblemDetails).</summary>
internal static class ApiResults
{
    public static Results<Ok<TDto>, NotFound, ValidationProblem> From<T, TDto>(Outcome<T> outcome, Func<T, TDto> map) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : !outcome.Succeeded ? TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => e.Value))
        : TypedResults.Ok(map(outcome.Value!));

    public static string UserId(this HttpContext http) =>
        http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("The endpoint requires an authenticated user.");
}
