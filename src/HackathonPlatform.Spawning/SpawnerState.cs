using System.Text.Json;

namespace HackathonPlatform.Spawning;

/// <summary>
/// What a spawner needs to find its server again after a hub restart, as string pairs so every
/// backend (process id, Slurm job id, pod name) fits one database column as JSON.
/// </summary>
/// <param name="Backend">The spawner kind, e.g. <c>local-process</c>; <see cref="ISpawner.LoadState"/> checks it.</param>
/// <param name="Values">The backend's values; empty when nothing runs.</param>
public sealed record SpawnerState(string Backend, IReadOnlyDictionary<string, string> Values)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether the state names a server (false: nothing to re-attach to).</summary>
    public bool IsEmpty => Values.Count == 0;

    /// <summary>The state as JSON, for the hub's database.</summary>
    /// <returns>A JSON object.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a state written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The state.</returns>
    /// <exception cref="JsonException">The text is not a state.</exception>
    public static SpawnerState FromJson(string json) =>
        JsonSerializer.Deserialize<SpawnerState>(json, Json) ?? throw new JsonException("Expected a spawner state.");

    /// <summary>A value, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public string? Get(string key) => Values.TryGetValue(key, out var value) ? value : null;
}
