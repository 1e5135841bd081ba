using System.Collections.Concurrent;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Servers;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// The GPUs a hackathon has committed, for its concurrent-GPU limit: servers and jobs holding GPUs (open usage
/// records), GPU servers starting (their record says pending or starting, or they were admitted a moment ago and the
/// manager has not saved the record yet), and queued GPU jobs. Callers count and admit under
/// <see cref="HackathonAdmissionLocks"/>, so one admission's commitment is visible to the next.
/// </summary>
public sealed class HackathonGpuCommitments(ServerFlavours flavours, TimeProvider clock)
{
    /// <summary>How long an admitted server counts before its saved record does (the manager saves it at once).</summary>
    public static readonly TimeSpan AdmissionLifetime = TimeSpan.FromMinutes(1);

    // Server owner key → its admission, until the saved record (pending, starting, then the usage record) counts instead.
    private readonly ConcurrentDictionary<string, (int HackathonId, int Gpus, DateTimeOffset At)> admittedServers = new();

    /// <summary>
    /// GPUs held or promised by servers (each server once, however many ways it is seen) and by queued jobs.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="hackathonId">The hackathon.</param>
    /// <param name="exceptOwnerKey">A server being admitted again, which replaces its own earlier state.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<(int Held, int Queued)> CountAsync(HubDbContext db, int hackathonId, string? exceptOwnerKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = await db.UsageRecords.AsNoTracking().Where(u => u.HackathonId == hackathonId && u.StoppedAt == null)
            .Select(u => new { u.OwnerKey, u.GpuCount }).ToListAsync(ct);
        var groups = db.Groups.Where(g => g.HackathonId == hackathonId).Select(g => (int?)g.Id);
        var starting = await db.NotebookServers.AsNoTracking()
            .Where(s => groups.Contains(s.GroupId) && (s.State == NotebookServerState.Pending || s.State == NotebookServerState.Starting))
            .Select(s => new { s.OwnerKey, s.Flavour }).ToListAsync(ct);

        var perOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string key, int gpus) => perOwner[key] = Math.Max(perOwner.GetValueOrDefault(key), gpus);
        open.ForEach(u => Count(u.OwnerKey, u.GpuCount));
        starting.ForEach(s => Count(s.OwnerKey, flavours.Named(s.Flavour).GpuCount));
        var now = clock.GetUtcNow();
        foreach (var (key, admitted) in admittedServers)
        {
            if (now - admitted.At >= AdmissionLifetime)
            {
                admittedServers.TryRemove(new KeyValuePair<string, (int, int, DateTimeOffset)>(key, admitted));
            }
            else if (admitted.HackathonId == hackathonId)
            {
                Count(key, admitted.Gpus);
            }
        }

        if (exceptOwnerKey is not null)
        {
            perOwner.Remove(exceptOwnerKey);
        }

        var queued = await db.BatchJobs.Where(j => j.HackathonId == hackathonId && j.State == BatchJobState.Pending).SumAsync(j => j.GpuCount, ct);
        return (perOwner.Values.Sum(), queued);
    }

    /// <summary>Counts an admitted GPU server until its saved record counts (call under the hackathon's admission lock).</summary>
    public void AdmitServer(string ownerKey, int hackathonId, int gpus) => admittedServers[ownerKey] = (hackathonId, gpus, clock.GetUtcNow());
}
