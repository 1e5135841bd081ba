namespace HackathonPlatform.Core.Usage;

/// <summary>A group's GPU use against its hackathon's quota, for the dashboard and for refusals.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="GpuHoursUsed">GPU-hours so far, running servers and jobs counted up to now.</param>
/// <param name="GpuHoursQuota">The hackathon's GPU-hours per group; null: unlimited.</param>
/// <param name="RunningGpus">GPUs the group holds now.</param>
/// <param name="Running">The group's open usage records (flavour, GPUs, since when).</param>
public sealed record GroupUsage(int GroupId, double GpuHoursUsed, double? GpuHoursQuota, int RunningGpus, IReadOnlyList<Entities.UsageRecord> Running)
{
    /// <summary>Used share of the quota, 0..1 (capped), or null when unlimited.</summary>
    public double? QuotaFraction => GpuHoursQuota is > 0 and var quota ? Math.Min(1, GpuHoursUsed / quota) : GpuHoursQuota is 0 ? 1 : null;
}
