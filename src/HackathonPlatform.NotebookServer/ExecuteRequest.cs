namespace HackathonPlatform.NotebookServer;

/// <summary>The body of POST /api/kernels/{id}/execute.</summary>
public sealed record ExecuteRequest(string Code, string? CellId = null);
