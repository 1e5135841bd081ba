namespace HackathonPlatform.NotebookServer;

/// <summary>
/// Errors as RFC 9457 problem details (the front end shows <c>detail</c>), with the message also
/// under <c>error</c> for scripts.
/// </summary>
public static class ApiErrors
{
    public static IResult Problem(int statusCode, string message) =>
        Results.Problem(detail: message, statusCode: statusCode, extensions: new Dictionary<string, object?> { ["error"] = message });
}
