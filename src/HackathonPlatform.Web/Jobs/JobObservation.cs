using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Web.Jobs;

/// <summary>A job's state as its backend reports it now.</summary>
/// <param name="State">Pending, running or how it ended.</param>
/// <param name="Reason">Why it waits, or the backend's word for how it ended (TIMEOUT, OUT_OF_MEMORY ...); may be empty.</param>
/// <param name="StartedAt">When its script started; null while pending (or when it never ran).</param>
/// <param name="EndedAt">When it ended; null until then.</param>
/// <param name="ExitCode">The script's exit code when ended and known.</param>
public sealed record JobObservation(BatchJobState State, string Reason, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int? ExitCode);
