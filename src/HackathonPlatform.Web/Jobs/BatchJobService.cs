using System.Text;
using HackathonPlatform.Core;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// A group's batch jobs: submit a script with a flavour (refused beyond the group's GPU quota or with a flavour it may
/// not use), list, cancel, read the end of the output. Access is checked by the callers (pages, API).
/// </summary>
public sealed class BatchJobService(
    HubDbContext db, UsageService usage, IBatchJobBackend backend, ServerFlavours flavours, BatchJobTracker tracker,
    HackathonAdmissionLocks admission, HackathonGpuCommitments commitments, IWorkspaceFiles workspaces, IOptions<BatchJobOptions> options, TimeProvider clock)
{
    /// <summary>The group's jobs, newest first.</summary>
    public Task<List<BatchJob>> ListAsync(int groupId, CancellationToken ct = default) =>
        db.BatchJobs.AsNoTracking().Where(j => j.GroupId == groupId).OrderByDescending(j => j.Id).ToListAsync(ct);

    /// <summary>One of the group's jobs, or null.</summary>
    public Task<BatchJob?> FindAsync(int groupId, int jobId, CancellationToken ct = default) =>
        db.BatchJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.GroupId == groupId, ct);

    /// <summary>The flavours the group may submit with and the one preselected; null for an unknown group.</summary>
    public async Task<(IReadOnlyList<Spawning.Flavours.Flavour> Allowed, Spawning.Flavours.Flavour Default)?> FlavoursForAsync(int groupId, CancellationToken ct = default)
    {
        var group = await db.Groups.AsNoTracking().Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group?.Hackathon is not { } h)
        {
            return null;
        }

        // A stale allocation preselects the catalogue's choice here; submitting without a flavour is refused with the reason.
        var preselected = flavours.Resolve(h.Slug, group.Name, group.FlavourName).Flavour ?? flavours.DefaultFor(h.Slug, group.Name);
        return (flavours.SelectableFor(h.Slug, group.Name), preselected);
    }

    /// <summary>
    /// Submits a script for the group. Refused (nothing runs) when the flavour is not the group's to use (field
    /// "Flavour"), when a GPU flavour would exceed the GPU-hours or concurrent GPUs of the hackathon ("Quota"), or
    /// when the script is empty or too large ("Script"). A backend that refuses it leaves a failed job with the
    /// reason and answers under "Backend".
    /// </summary>
    public async Task<Outcome<BatchJob>> SubmitAsync(int groupId, string userId, JobRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var group = await db.Groups.AsNoTracking().Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group?.Hackathon is not { } hackathon)
        {
            return Outcome<BatchJob>.NotFound();
        }

        var script = (request.Script ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(script) || Encoding.UTF8.GetByteCount(script) > options.Value.MaxScriptBytes)
        {
            return Outcome<BatchJob>.Invalid("Script", $"The script must not be empty and at most {options.Value.MaxScriptBytes / 1024} KiB.");
        }

        var (flavour, refusal) = flavours.ResolveRequested(request.Flavour, hackathon.Slug, group.Name, group.FlavourName);
        if (flavour is null)
        {
            return Outcome<BatchJob>.Invalid("Flavour", refusal!);
        }

        var job = new BatchJob
        {
            Backend = backend.Name,
            GroupId = group.Id,
            HackathonId = hackathon.Id,
            UserId = userId,
            Flavour = flavour.Name,
            GpuCount = flavour.GpuCount,
            Name = string.IsNullOrWhiteSpace(request.Name) ? "job" : request.Name.Trim()[..Math.Min(200, request.Name.Trim().Length)],
            SubmittedAt = clock.GetUtcNow(),
            State = BatchJobState.Pending,
            Reason = "Submitting.",
        };
        // GPU jobs are checked and recorded under the hackathon's lock: once saved as pending, a job counts against
        // the concurrent limit of the next check, so simultaneous submissions cannot all pass the same check. The lock
        // is in-process; several hub processes on one database would need a database lock here.
        using (flavour.GpuCount > 0 ? await admission.EnterAsync(hackathon.Id, ct) : null)
        {
            if (flavour.GpuCount > 0 && await QuotaRefusalAsync(group.Id, hackathon, flavour.GpuCount, ct) is { } quota)
            {
                return Outcome<BatchJob>.Invalid("Quota", quota);
            }

            db.BatchJobs.Add(job);
            await db.SaveChangesAsync(ct);
        }

        var owner = WorkspaceOwner.ForGroup(group.Id);
        var workspace = workspaces.RootOf(owner);
        job.WorkingDirectory = Directory.CreateDirectory(Path.Combine(workspace, "jobs", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        var scriptPath = Path.Combine(job.WorkingDirectory, "job.sh");
        await File.WriteAllTextAsync(scriptPath, script.StartsWith("#!", StringComparison.Ordinal) ? script : "#!/bin/bash\n" + script, ct);
        try
        {
            var handle = await backend.SubmitAsync(new JobSubmission(job.Id, owner.Key, scriptPath, script, flavour, job.WorkingDirectory, workspace, Environment(job)), ct);
            (job.BackendJobId, job.LogPath, job.Reason) = (handle.BackendJobId, handle.LogPath, "Queued.");
        }
        catch (JobBackendException ex)
        {
            (job.State, job.Reason, job.EndedAt) = (BatchJobState.Failed, $"Not submitted: {ex.Message}", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            return Outcome<BatchJob>.Invalid("Backend", ex.Message);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        // A local job is already running: show it so at once instead of after the next poll.
        await tracker.RefreshAsync(job.Id, CancellationToken.None);
        return Outcome<BatchJob>.Ok(await db.BatchJobs.AsNoTracking().FirstAsync(j => j.Id == job.Id, CancellationToken.None));
    }

    /// <summary>Cancels one of the group's jobs; an ended one stays as it is. Not found when it is not the group's.</summary>
    public async Task<Outcome<BatchJob>> CancelAsync(int groupId, int jobId, CancellationToken ct = default)
    {
        var job = await FindAsync(groupId, jobId, ct);
        if (job is null)
        {
            return Outcome<BatchJob>.NotFound();
        }

        if (!job.HasEnded && job.BackendJobId is not null)
        {
            try
            {
                await backend.CancelAsync(job, ct);
            }
            catch (JobBackendException ex)
            {
                return Outcome<BatchJob>.Invalid("Backend", ex.Message);
            }

            await tracker.RefreshAsync(job.Id, CancellationToken.None);
        }

        return Outcome<BatchJob>.Ok((await FindAsync(groupId, jobId, CancellationToken.None))!);
    }

    /// <summary>The end of the job's output (at most <see cref="BatchJobOptions.LogTailBytes"/>); empty when there is none yet.</summary>
    public async Task<string> LogTailAsync(BatchJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.LogPath is not { Length: > 0 } path || !File.Exists(path))
        {
            return "";
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Max(0, stream.Length - options.Value.LogTailBytes), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(ct);
    }

    private async Task<string?> QuotaRefusalAsync(int groupId, Hackathon hackathon, int gpus, CancellationToken ct)
    {
        // GPU-hours and GPUs held now (servers and running jobs) are the usage service's rule.
        var check = await usage.CheckQuotaAsync(groupId, gpus, ct);
        if (!check.Succeeded)
        {
            return check.ErrorSummary;
        }

        // Queued jobs and starting servers hold no GPUs yet, but they will: count them against the concurrent limit too.
        if (hackathon.MaxConcurrentGpus is { } max)
        {
            var (held, queued) = await commitments.CountAsync(db, hackathon.Id, exceptOwnerKey: null, ct);
            if (held + queued + gpus > max)
            {
                return $"{hackathon.Title} allows {max} GPUs at once; {held} are in use and {queued} are asked for by queued jobs: a job with {gpus} more cannot be submitted now. Wait for a job to end, or use a CPU flavour.";
            }
        }

        return null;
    }

    private Dictionary<string, string> Environment(BatchJob job)
    {
        var environment = new Dictionary<string, string>(options.Value.Environment)
        {
            ["HACKATHON_JOB_ID"] = job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HACKATHON_WORKSPACE"] = Path.GetDirectoryName(Path.GetDirectoryName(job.WorkingDirectory))!,
        };
        if (!environment.ContainsKey(TrainingProgramLocator.EnvironmentVariable) && TrainingProgramLocator.Find() is { } train)
        {
            environment[TrainingProgramLocator.EnvironmentVariable] = train;
        }

        return environment;
    }
}
