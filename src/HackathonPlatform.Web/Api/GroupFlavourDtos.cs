namespace HackathonPlatform.Web.Api;

/// <summary>A flavour to allocate to a group; null or empty for the default.</summary>
public sealed record GroupFlavourRequest(string? Flavour);

/// <summary>A group's server flavour: the allocation, what it gets without one, and what it may be allocated.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="Allocated">The organiser's allocation, or null for the default.</param>
/// <param name="Default">The flavour the group gets without an allocation.</param>
/// <param name="Allowed">The flavours the group may be allocated, in configured order.</param>
public sealed record GroupFlavourDto(int GroupId, string? Allocated, string Default, IReadOnlyList<FlavourDto> Allowed);

/// <summary>A server flavour as the API lists it.</summary>
public sealed record FlavourDto(string Name, string Description, double Cpu, int MemoryMb, int GpuCount, string? GpuModel);
