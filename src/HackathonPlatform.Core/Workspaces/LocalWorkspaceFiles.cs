namespace HackathonPlatform.Core.Workspaces;

/// <summary>Workspaces as folders <c>{root}/group-{id}/</c> and <c>{root}/user-{id}/</c> on the hub's disk.</summary>
/// <param name="root">The workspaces folder, normally <c>{Database:DataDirectory}/workspaces</c>.</param>
public sealed class LocalWorkspaceFiles(string root) : IWorkspaceFiles
{
    /// <summary>The workspaces folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public string RootOf(WorkspaceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var path = Path.Combine(Root, owner.Key);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <inheritdoc />
    public bool Exists(WorkspaceOwner owner, string relativePath) => File.Exists(Resolve(owner, relativePath));

    /// <inheritdoc />
    public async Task<bool> WriteNewAsync(WorkspaceOwner owner, string relativePath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = Resolve(owner, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew makes "only if absent" atomic when two team mates press the button together.
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await file.WriteAsync(content, cancellationToken);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private string Resolve(WorkspaceOwner owner, string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        var workspace = RootOf(owner);
        var path = Path.GetFullPath(Path.Combine(workspace, relativePath));
        if (!path.StartsWith(workspace + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is outside the workspace.", nameof(relativePath));
        }

        return path;
    }
}
