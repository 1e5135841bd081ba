using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>A kernel as /api/kernels shows it (<see cref="Language"/>: CSharp or QSharp).</summary>
public sealed record KernelModel(string Id, string? Path, KernelState State, DateTimeOffset LastActivity, int Restarts, long StartupMilliseconds, int? ProcessId, DateTimeOffset StartedAt, KernelLanguage Language);
