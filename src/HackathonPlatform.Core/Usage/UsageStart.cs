namespace HackathonPlatform.Core.Usage;

/// <summary>What is known when a server becomes ready or a job starts.</summary>
/// <param name="OwnerKey">"group-{id}" or "user-{id}".</param>
/// <param name="GroupId">The group, or null for a personal server.</param>
/// <param name="UserId">The account that started it, when known.</param>
/// <param name="Flavour">The flavour's name.</param>
/// <param name="GpuCount">GPUs it holds.</param>
/// <param name="StartedAt">When it started running.</param>
/// <param name="Source">"server" or "job".</param>
public sealed record UsageStart(string OwnerKey, int? GroupId, string? UserId, string Flavour, int GpuCount, DateTimeOffset StartedAt, string Source = Entities.UsageSources.Server);
