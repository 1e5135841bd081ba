using HackathonPlatform.Spawning;
using Microsoft.AspNetCore.DataProtection;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Encrypts the spawner state the hub saves for each running server (it holds the server's access token) with ASP.NET
/// Core Data Protection, so a copy of the database alone does not open anyone's workspace. The keys live in the data
/// folder's <c>keys</c> directory (see HubServiceExtensions), not in the database.
/// </summary>
public sealed class ServerStateProtector(IDataProtectionProvider provider)
{
    // Marks encrypted states; a state saved before encryption (plain JSON, "{...") is still read once.
    private const string Prefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector("HackathonPlatform.Servers.SpawnerState");

    /// <summary>The state as stored in the database.</summary>
    /// <param name="state">The spawner's state.</param>
    /// <returns>The encrypted text.</returns>
    public string Protect(SpawnerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Prefix + protector.Protect(state.ToJson());
    }

    /// <summary>Reads a stored state.</summary>
    /// <param name="stored">What <see cref="Protect"/> wrote, or plain JSON saved before states were encrypted.</param>
    /// <returns>The state.</returns>
    /// <exception cref="System.Security.Cryptography.CryptographicException">Encrypted with keys this hub does not have, or altered.</exception>
    /// <exception cref="System.Text.Json.JsonException">Not a state.</exception>
    public SpawnerState Read(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return SpawnerState.FromJson(stored.StartsWith(Prefix, StringComparison.Ordinal) ? protector.Unprotect(stored[Prefix.Length..]) : stored);
    }
}
