using System.Globalization;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>A batch job to submit: the script and the options <c>sbatch</c> would take.</summary>
public sealed record SlurmJobRequest
{
    /// <summary>The job name.</summary>
    public required string Name { get; init; }

    /// <summary>The batch script, starting with <c>#!</c>.</summary>
    public required string Script { get; init; }

    /// <summary>The job's working directory (must exist on the compute node).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The stdout file (stderr goes there too); Slurm's <c>%j</c> is the job id.</summary>
    public required string StandardOutput { get; init; }

    /// <summary>The job's whole environment: Slurm does not add the submitter's (there is none over REST).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The partition, or null for the default.</summary>
    public string? Partition { get; init; }

    /// <summary>The account, or null for the user's default.</summary>
    public string? Account { get; init; }

    /// <summary>CPUs for the one task.</summary>
    public int Cpus { get; init; } = 1;

    /// <summary>Memory per node in MiB.</summary>
    public int MemoryMb { get; init; } = 1000;

    /// <summary>Generic resources per node, e.g. <c>gpu:1</c>; null for none.</summary>
    public string? Gres { get; init; }

    /// <summary>Wall-clock limit; null for the partition's.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The job comment (the server script overwrites it with its address).</summary>
    public string? Comment { get; init; }

    /// <summary>The body of <c>POST /slurm/v0.0.38/job/submit</c>.</summary>
    /// <returns>The JSON object.</returns>
    public JsonObject ToJson()
    {
        var environment = new JsonObject();
        foreach (var (key, value) in Environment)
        {
            environment[key] = value;
        }

        // v0.0.38 needs a non-empty environment; PATH is what every script needs anyway.
        environment["PATH"] ??= "/usr/local/bin:/usr/bin:/bin";
        var job = new JsonObject
        {
            ["name"] = Name,
            ["current_working_directory"] = WorkingDirectory,
            ["standard_output"] = StandardOutput,
            ["standard_error"] = StandardOutput,
            ["environment"] = environment,
            ["cpus_per_task"] = Cpus,
            ["memory_per_node"] = MemoryMb,
            ["tasks"] = 1,
            ["nodes"] = 1,
        };
        Add(job, "partition", Partition);
        Add(job, "account", Account);
        Add(job, "gres", Gres);
        Add(job, "comment", Comment);
        if (TimeLimit is { } limit)
        {
            job["time_limit"] = Math.Max(1, (int)Math.Ceiling(limit.TotalMinutes));
        }

        return new JsonObject { ["script"] = Script, ["job"] = job };
    }

    private static void Add(JsonObject job, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            job[key] = value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
