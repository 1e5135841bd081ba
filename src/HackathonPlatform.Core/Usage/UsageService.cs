using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Usage;

/// <summary>
/// Usage accounting: opens a record when a server becomes ready (or a job starts), closes it when it stops,
/// reconciles open records after a hub restart, sums GPU-hours and checks the per-hackathon quotas.
/// </summary>
public sealed class UsageService(HubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Opens a record, unless the owner already has an open one from the same source (a re-attached server
    /// keeps its record: nothing is counted twice).
    /// </summary>
    /// <param name="start">What started.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The open record.</returns>
    public async Task<Outcome<UsageRecord>> OpenAsync(UsageStart start, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (start.GpuCount < 0)
        {
            return Outcome<UsageRecord>.Invalid(nameof(start.GpuCount), "The GPU count cannot be negative.");
        }

        var open = await db.UsageRecords.FirstOrDefaultAsync(u => u.OwnerKey == start.OwnerKey && u.Source == start.Source && u.StoppedAt == null, ct);
        if (open is not null)
        {
            return Outcome<UsageRecord>.Ok(open);
        }

        int? hackathonId = start.GroupId is { } groupId ? await db.Groups.Where(g => g.Id == groupId).Select(g => (int?)g.HackathonId).FirstOrDefaultAsync(ct) : null;
        var record = new UsageRecord
        {
            Source = start.Source,
            OwnerKey = start.OwnerKey,
            GroupId = start.GroupId,
            HackathonId = hackathonId,
            UserId = start.UserId,
            Flavour = start.Flavour,
            GpuCount = start.GpuCount,
            StartedAt = start.StartedAt,
        };
        db.UsageRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<UsageRecord>.Ok(record);
    }

    /// <summary>Closes the owner's open records of one source (stop, crash, culling).</summary>
    /// <param name="ownerKey">The owner.</param>
    /// <param name="source">"server" or "job".</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>How many records were closed (0 when none was open).</returns>
    public Task<int> CloseAsync(string ownerKey, string source = UsageSources.Server, CancellationToken ct = default) =>
        CloseAsync(ownerKey, source, clock.GetUtcNow(), ct);

    /// <summary>
    /// Closes the owner's open records of one source at a known moment: a batch job's end as its backend reports it,
    /// which may lie before now when the hub learns of it late (after a restart).
    /// </summary>
    /// <param name="ownerKey">The owner.</param>
    /// <param name="source">"server" or "job".</param>
    /// <param name="stoppedAt">When it stopped (UTC); a moment before the start counts as the start.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>How many records were closed (0 when none was open).</returns>
    public async Task<int> CloseAsync(string ownerKey, string source, DateTimeOffset stoppedAt, CancellationToken ct = default)
    {
        var open = await db.UsageRecords.Where(u => u.OwnerKey == ownerKey && u.Source == source && u.StoppedAt == null).ToListAsync(ct);
        foreach (var record in open)
        {
            // A clock step backwards must not produce negative usage.
            record.StoppedAt = stoppedAt < record.StartedAt ? record.StartedAt : stoppedAt;
        }

        await db.SaveChangesAsync(ct);
        return open.Count;
    }

    /// <summary>
    /// At hub start: closes the open server records of owners whose servers were found stopped. The hub cannot
    /// know when a server died while it was down, so the record is closed at the moment it was found gone.
    /// </summary>
    /// <param name="runningOwnerKeys">Owners whose servers were re-attached and still run.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>How many records were closed.</returns>
    public async Task<int> ReconcileAsync(IReadOnlyCollection<string> runningOwnerKeys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runningOwnerKeys);
        var dangling = await db.UsageRecords.Where(u => u.Source == UsageSources.Server && u.StoppedAt == null && !runningOwnerKeys.Contains(u.OwnerKey))
            .Select(u => u.OwnerKey).Distinct().ToListAsync(ct);
        var closed = 0;
        foreach (var owner in dangling)
        {
            closed += await CloseAsync(owner, UsageSources.Server, ct);
        }

        return closed;
    }

    /// <summary>GPU-hours of one group: Σ GPUs × (stop − start), running records counted up to now.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>GPU-hours.</returns>
    public async Task<double> GpuHoursOfGroupAsync(int groupId, CancellationToken ct = default) =>
        GpuHours(await db.UsageRecords.AsNoTracking().Where(u => u.GroupId == groupId && u.GpuCount > 0).ToListAsync(ct));

    /// <summary>GPU-hours of a whole hackathon (all its groups).</summary>
    /// <param name="hackathonId">The hackathon.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>GPU-hours.</returns>
    public async Task<double> GpuHoursOfHackathonAsync(int hackathonId, CancellationToken ct = default) =>
        GpuHours(await db.UsageRecords.AsNoTracking().Where(u => u.HackathonId == hackathonId && u.GpuCount > 0).ToListAsync(ct));

    /// <summary>Every group's usage against the quota, for the organiser's dashboard.</summary>
    /// <param name="hackathonId">The hackathon.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>Usage by group id (groups without records included).</returns>
    public async Task<IReadOnlyDictionary<int, GroupUsage>> ByGroupAsync(int hackathonId, CancellationToken ct = default)
    {
        var quota = await db.Hackathons.Where(h => h.Id == hackathonId).Select(h => h.GpuHoursPerGroup).FirstOrDefaultAsync(ct);
        var groupIds = await db.Groups.Where(g => g.HackathonId == hackathonId).Select(g => g.Id).ToListAsync(ct);
        var records = await db.UsageRecords.AsNoTracking().Where(u => u.HackathonId == hackathonId).ToListAsync(ct);
        return groupIds.ToDictionary(id => id, id => Summarise(id, quota, records.Where(r => r.GroupId == id).ToList()));
    }

    /// <summary>
    /// Whether the group may start something holding <paramref name="gpuCount"/> GPUs: refused (with the reason,
    /// on field "Quota") when its GPU-hours are spent or the hackathon's concurrent GPUs would be exceeded.
    /// CPU-only starts are never refused.
    /// </summary>
    /// <param name="groupId">The group.</param>
    /// <param name="gpuCount">GPUs the start would hold.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The group's usage when allowed; not found for an unknown group.</returns>
    public async Task<Outcome<GroupUsage>> CheckQuotaAsync(int groupId, int gpuCount, CancellationToken ct = default)
    {
        var group = await db.Groups.AsNoTracking().Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group?.Hackathon is not { } hackathon)
        {
            return Outcome<GroupUsage>.NotFound();
        }

        var usage = Summarise(groupId, hackathon.GpuHoursPerGroup, await db.UsageRecords.AsNoTracking().Where(u => u.GroupId == groupId).ToListAsync(ct));
        if (gpuCount <= 0)
        {
            return Outcome<GroupUsage>.Ok(usage);
        }

        if (hackathon.GpuHoursPerGroup is { } quota && usage.GpuHoursUsed >= quota)
        {
            return Outcome<GroupUsage>.Invalid("Quota", $"Group '{group.Name}' has used {usage.GpuHoursUsed:0.##} of its {quota:0.##} GPU-hours in {hackathon.Title}: GPU servers cannot be started. Ask an organiser to raise the quota, or use a CPU flavour.");
        }

        if (hackathon.MaxConcurrentGpus is { } max)
        {
            var inUse = await db.UsageRecords.Where(u => u.HackathonId == hackathon.Id && u.StoppedAt == null).SumAsync(u => u.GpuCount, ct);
            if (inUse + gpuCount > max)
            {
                return Outcome<GroupUsage>.Invalid("Quota", $"{hackathon.Title} allows {max} GPUs at once and {inUse} are in use: {gpuCount} more cannot be started now. Try again when another group stops its server.");
            }
        }

        return Outcome<GroupUsage>.Ok(usage);
    }

    private GroupUsage Summarise(int groupId, double? quota, IReadOnlyList<UsageRecord> records)
    {
        var running = records.Where(r => r.StoppedAt is null).ToList();
        return new GroupUsage(groupId, GpuHours(records), quota, running.Sum(r => r.GpuCount), running);
    }

    private double GpuHours(IEnumerable<UsageRecord> records)
    {
        // Summed here, not in SQL: SQLite cannot subtract DateTimeOffset values, and a hackathon has few records.
        var now = clock.GetUtcNow();
        return records.Sum(r => r.GpuCount * Math.Max(0, ((r.StoppedAt ?? now) - r.StartedAt).TotalHours));
    }
}
