namespace HackathonPlatform.Web.Jobs;

/// <summary>Batch jobs, bound from the "Jobs" configuration section (the backend is <c>Servers:Backend</c>'s).</summary>
public sealed class BatchJobOptions
{
    /// <summary>How often unfinished jobs are asked for their state, in seconds.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>The largest script accepted, in bytes.</summary>
    public int MaxScriptBytes { get; set; } = 256 * 1024;

    /// <summary>How much of the end of a job's output the pages and the API show, in bytes.</summary>
    public int LogTailBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Variables every job gets besides PATH, HOME and LANG (e.g. DOTNET_ROOT on the nodes). <c>HACKATHON_TRAIN</c>
    /// (the particle-id training program) is added when the hub finds it and it is not set here.
    /// </summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>Local backend: folders a job may read besides the system and its group's workspace (data sets, programs).</summary>
    public List<string> ReadOnlyPaths { get; set; } = [];

    /// <summary>Local backend: wall-clock limit of a job whose flavour sets none, in minutes.</summary>
    public double LocalTimeLimitMinutes { get; set; } = 60;
}
