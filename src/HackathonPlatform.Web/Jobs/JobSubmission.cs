using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Web.Jobs;

/// <summary>What a backend needs to start a job.</summary>
/// <param name="JobId">The hub's id of the job.</param>
/// <param name="OwnerKey">The owning group's key ("group-{id}"): Slurm job names carry it.</param>
/// <param name="ScriptPath">The script, already written into <paramref name="WorkingDirectory"/>.</param>
/// <param name="Script">The script's text.</param>
/// <param name="Flavour">Resources and placement.</param>
/// <param name="WorkingDirectory">The job's folder as the hub sees it; its output goes there too.</param>
/// <param name="Workspace">The group's workspace as the hub sees it (readable by the job).</param>
/// <param name="Environment">Variables the job gets.</param>
public sealed record JobSubmission(
    int JobId, string OwnerKey, string ScriptPath, string Script, Flavour Flavour, string WorkingDirectory, string Workspace,
    IReadOnlyDictionary<string, string> Environment);
