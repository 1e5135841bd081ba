namespace HackathonPlatform.Core.Entities;

/// <summary>The values of <see cref="UsageRecord.Source"/>.</summary>
public static class UsageSources
{
    /// <summary>An interactive notebook server.</summary>
    public const string Server = "server";

    /// <summary>A batch job.</summary>
    public const string Job = "job";
}
