namespace HackathonPlatform.NotebookServer;

/// <summary>The body of POST /api/kernels: the notebook the kernel is for (workspace-relative), if any.</summary>
public sealed record StartKernelRequest(string? Path);
