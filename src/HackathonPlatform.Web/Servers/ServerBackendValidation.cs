using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Checks <c>Servers:Backend</c> at start-up (ValidateOnStart): a misspelt backend must stop the hub
/// with a message naming the value, not fall back to running servers on the hub's machine.
/// </summary>
internal sealed class ServerBackendValidation : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options) =>
        ServerBackends.Problem(options.Backend) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
