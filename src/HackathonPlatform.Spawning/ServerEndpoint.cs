namespace HackathonPlatform.Spawning;

/// <summary>
/// Where a running server listens and the secret it requires. The hub proxies
/// <c>/servers/{group}/...</c> to <see cref="Url"/> (which already ends in that base path) and adds
/// <c>Authorization: token {Token}</c> to every request, WebSocket upgrades included.
/// </summary>
/// <param name="Url">The server's base URL, ending with '/'.</param>
/// <param name="Token">The server's token; never shown to users.</param>
public sealed record ServerEndpoint(Uri Url, string Token);
