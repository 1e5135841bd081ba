namespace HackathonPlatform.Core.Workspaces;

/// <summary>
/// The files of groups' and individuals' workspaces: the hub puts released notebooks there, and the
/// notebook servers open the same folders. Paths are relative to the owner's workspace root.
/// </summary>
public interface IWorkspaceFiles
{
    /// <summary>The owner's workspace folder (created when missing).</summary>
    /// <param name="owner">Whose workspace.</param>
    /// <returns>An absolute path.</returns>
    string RootOf(WorkspaceOwner owner);

    /// <summary>Whether a file exists in the owner's workspace.</summary>
    /// <param name="owner">Whose workspace.</param>
    /// <param name="relativePath">A path inside the workspace, '/'-separated, without '..'.</param>
    /// <returns>True when the file exists.</returns>
    bool Exists(WorkspaceOwner owner, string relativePath);

    /// <summary>Writes a file unless it exists: a participant's work is never overwritten.</summary>
    /// <param name="owner">Whose workspace.</param>
    /// <param name="relativePath">A path inside the workspace, '/'-separated, without '..'.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when written, false when the file was already there.</returns>
    Task<bool> WriteNewAsync(WorkspaceOwner owner, string relativePath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);
}
