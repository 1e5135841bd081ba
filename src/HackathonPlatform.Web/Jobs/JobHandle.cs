namespace HackathonPlatform.Web.Jobs;

/// <summary>What a backend answers to a submission: how to find the job again, and where its output goes.</summary>
/// <param name="BackendJobId">The backend's id, saved so the job can be re-attached after a hub restart.</param>
/// <param name="LogPath">The output file as the hub sees it.</param>
public sealed record JobHandle(string BackendJobId, string LogPath);
