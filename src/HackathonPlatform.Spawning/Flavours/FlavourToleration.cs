namespace HackathonPlatform.Spawning.Flavours;

/// <summary>A Kubernetes toleration, as in a pod spec.</summary>
public sealed record FlavourToleration
{
    /// <summary>The taint key, e.g. <c>nvidia.com/gpu</c>; null with <see cref="Operator"/> Exists tolerates every taint.</summary>
    public string? Key { get; init; }

    /// <summary><c>Equal</c> (default) or <c>Exists</c>.</summary>
    public string Operator { get; init; } = "Equal";

    /// <summary>The taint value for <c>Equal</c>.</summary>
    public string? Value { get; init; }

    /// <summary><c>NoSchedule</c>, <c>PreferNoSchedule</c>, <c>NoExecute</c>, or null for all effects.</summary>
    public string? Effect { get; init; }
}
