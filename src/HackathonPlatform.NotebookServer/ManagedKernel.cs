using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>A kernel the server started for a notebook.</summary>
public sealed record ManagedKernel(string Id, string? NotebookPath, KernelProcess Process, DateTimeOffset StartedAt, KernelLanguage Language)
{
    public KernelModel ToModel() => new(
        Id, NotebookPath, Process.State, Process.LastActivity, Process.Restarts, (long)Process.LastStartupTime.TotalMilliseconds, Process.ProcessId, StartedAt, Language);
}
