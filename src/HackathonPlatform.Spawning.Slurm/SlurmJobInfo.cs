using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>What Slurm says about one job (a subset of slurmrestd v0.0.38's job object).</summary>
/// <param name="JobId">The job id.</param>
/// <param name="Name">The job name.</param>
/// <param name="UserName">Whose job it is.</param>
/// <param name="State">PENDING, RUNNING, COMPLETED, CANCELLED, FAILED, TIMEOUT, NODE_FAIL, OUT_OF_MEMORY ...</param>
/// <param name="Reason">Why it waits (Resources, Priority, QOSMaxGRESPerUser ...) or "None".</param>
/// <param name="Partition">The partition.</param>
/// <param name="Priority">The scheduling priority (higher runs first).</param>
/// <param name="BatchHost">The node running the script, or empty.</param>
/// <param name="Comment">The job comment.</param>
/// <param name="StandardOutput">The stdout file.</param>
/// <param name="GresDetail">Allocated generic resources, e.g. <c>gpu:1(IDX:0)</c>.</param>
/// <param name="ExitCode">The script's exit code once finished.</param>
/// <param name="SubmitTime">When it was submitted.</param>
/// <param name="StartTime">When it started (or is expected to), if known.</param>
/// <param name="EndTime">When it ended (or will at the latest), if known.</param>
public sealed record SlurmJobInfo(
    long JobId, string Name, string UserName, string State, string Reason, string Partition, long Priority,
    string BatchHost, string Comment, string StandardOutput, IReadOnlyList<string> GresDetail, int ExitCode,
    DateTimeOffset SubmitTime, DateTimeOffset? StartTime, DateTimeOffset? EndTime)
{
    private static readonly Regex GpuIndices = new(@"^gpu[^(]*\(IDX:(?<idx>[^)]+)\)", RegexOptions.CultureInvariant);

    /// <summary>Waiting in the queue.</summary>
    public bool IsPending => State is "PENDING" or "REQUEUED" or "SUSPENDED";

    /// <summary>Running (or setting up its node).</summary>
    public bool IsRunning => State is "RUNNING" or "CONFIGURING" or "COMPLETING";

    /// <summary>Ended, whatever the outcome.</summary>
    public bool IsFinished => !IsPending && !IsRunning;

    /// <summary>
    /// Where the job runs, in words: "Slurm job 12 on node1, GPU 0". GPUs come from Slurm's allocation
    /// (<c>gpu:1(IDX:0)</c>; the indices are what the job sees as CUDA_VISIBLE_DEVICES on a node without cgroups).
    /// </summary>
    public string Placement
    {
        get
        {
            var where = BatchHost.Length > 0 ? $"Slurm job {JobId} on {BatchHost}" : $"Slurm job {JobId}";
            var gpus = GresDetail.Select(g => GpuIndices.Match(g)).Where(m => m.Success).Select(m => m.Groups["idx"].Value).ToList();
            return gpus.Count == 0 ? where : $"{where}, GPU {string.Join(",", gpus)}";
        }
    }

    /// <summary>Reads a job object of slurmrestd's <c>jobs</c> array.</summary>
    /// <param name="job">The JSON object.</param>
    /// <returns>The job.</returns>
    public static SlurmJobInfo FromJson(JsonObject job)
    {
        ArgumentNullException.ThrowIfNull(job);
        string Text(string key) => job[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        long Number(string key) => job[key] is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;
        DateTimeOffset? Time(string key) => Number(key) is > 0 and var t ? DateTimeOffset.FromUnixTimeSeconds(t) : null;
        var gres = job["gres_detail"] is JsonArray array ? array.Select(g => g?.GetValue<string>() ?? "").ToList() : [];
        return new SlurmJobInfo(
            Number("job_id"), Text("name"), Text("user_name"), Text("job_state"), Text("state_reason"), Text("partition"),
            Number("priority"), Text("batch_host"), Text("comment"), Text("standard_output"), gres, (int)Number("exit_code"),
            Time("submit_time") ?? DateTimeOffset.UnixEpoch, Time("start_time"), Time("end_time"));
    }
}
