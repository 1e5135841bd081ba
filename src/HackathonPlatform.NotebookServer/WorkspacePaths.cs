namespace HackathonPlatform.NotebookServer;

/// <summary>
/// Maps API paths (relative, '/'-separated) to files of the workspace, refusing anything that
/// could leave it: absolute paths, '..' segments, NUL bytes (400), and symbolic links whose
/// target lies outside the workspace (403).
/// </summary>
public sealed class WorkspacePaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root).TrimEnd('/');

    /// <summary>The full path of a workspace-relative path ("" is the workspace itself).</summary>
    public string Resolve(string? relative)
    {
        relative ??= "";
        if (relative.Contains('\0', StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            throw new WorkspacePathException(StatusCodes.Status400BadRequest, "The path contains a forbidden character.");
        }

        if (relative.StartsWith('/') || relative.StartsWith('~') || Path.IsPathRooted(relative))
        {
            throw new WorkspacePathException(StatusCodes.Status400BadRequest, "Absolute paths are not allowed.");
        }

        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "."))
        {
            throw new WorkspacePathException(StatusCodes.Status400BadRequest, "'..' and '.' are not allowed in paths.");
        }

        var full = segments.Length == 0 ? Root : Path.GetFullPath(Path.Combine(Root, Path.Combine(segments)));
        if (!IsInside(full))
        {
            throw new WorkspacePathException(StatusCodes.Status400BadRequest, "The path leaves the workspace.");
        }

        CheckLinks(segments);
        return full;
    }

    /// <summary>The workspace-relative form of a full path inside it.</summary>
    public string Relative(string full)
    {
        var relative = Path.GetRelativePath(Root, full);
        return relative == "." ? "" : relative;
    }

    private bool IsInside(string full) => full == Root || full.StartsWith(Root + "/", StringComparison.Ordinal);

    // Each existing component is checked, so a link to a folder outside cannot be walked through.
    private void CheckLinks(string[] segments)
    {
        var current = Root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists && info.LinkTarget is null)
            {
                return;
            }

            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInside(Path.GetFullPath(target.FullName)))
                {
                    throw new WorkspacePathException(StatusCodes.Status403Forbidden, "The path goes through a link that leaves the workspace.");
                }
            }
        }
    }
}
