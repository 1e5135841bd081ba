namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// The extra read-only mounts a kernel host that is a script (the Q# kernel, a Node program run through
/// its shebang) needs under bubblewrap, beyond /usr and the host's own folder (which holds its
/// <c>node_modules</c>): the real locations behind symbolic links, which the sandbox cannot follow
/// unless their targets are mounted too.
/// </summary>
internal static class ScriptHostMounts
{
    public static IEnumerable<string> For(string hostPath)
    {
        if (hostPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        // /usr/bin/node is under /usr already; a node installed elsewhere and linked into /usr/bin
        // (alternatives, NodeSource, a tarball in /opt) is reachable only if its target is mounted.
        if (KernelSandbox.FindTool("node") is { } node && RealPath(node) is { } realNode)
        {
            yield return Path.GetDirectoryName(realNode)!;
        }

        var folder = Path.GetDirectoryName(hostPath)!;
        foreach (var path in new[] { folder, Path.Combine(folder, "node_modules") })
        {
            if (RealPath(path) is { } target)
            {
                yield return target;
            }
        }
    }

    private static string? RealPath(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null;
    }
}
