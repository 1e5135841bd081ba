namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Finds the Q# kernel (<c>quantum/qsharp-kernel.mjs</c>, a Node program speaking our kernel protocol)
/// for programs that start kernels. It is run directly: its shebang adds the Node flags it needs.
/// </summary>
public static class QsharpKernelLocator
{
    /// <summary>The environment variable that names the Q# kernel script explicitly.</summary>
    public const string EnvironmentVariable = "HACKATHON_QSHARP_KERNEL";

    /// <summary>The script's path inside the repository.</summary>
    public const string RelativePath = "quantum/qsharp-kernel.mjs";

    /// <summary>
    /// The kernel script: <see cref="EnvironmentVariable"/> when set; else <see cref="RelativePath"/>
    /// under the first folder holding <c>HackathonPlatform.sln</c>, walking up from the calling
    /// program's folder, then from the current directory.
    /// </summary>
    /// <returns>The full path of the script, or null when none is found (or its <c>node_modules</c> is missing).</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        return new[] { AppContext.BaseDirectory, Environment.CurrentDirectory }
            .Select(RepositoryRoot)
            .OfType<string>()
            .Select(root => Path.Combine(root, RelativePath))
            // Without `npm ci` in quantum/ the kernel dies at its first import: better not found.
            .FirstOrDefault(script => File.Exists(script) && Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "qsharp-lang")));
    }

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
