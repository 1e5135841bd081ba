namespace HackathonPlatform.NotebookServer;

/// <summary>The body of PATCH /api/contents/{path}: the new workspace-relative path.</summary>
public sealed record RenameRequest(string Path);
