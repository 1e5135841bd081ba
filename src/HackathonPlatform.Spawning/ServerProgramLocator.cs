namespace HackathonPlatform.Spawning;

/// <summary>Finds the notebook server program (<c>hackathon-notebook-server.dll</c>) for <see cref="LocalSpawnerOptions.ServerPath"/>.</summary>
public static class ServerProgramLocator
{
    /// <summary>The environment variable that names the server program explicitly.</summary>
    public const string EnvironmentVariable = "HACKATHON_NOTEBOOK_SERVER";

    /// <summary>The file name of the notebook server program.</summary>
    public const string FileName = "hackathon-notebook-server.dll";

    /// <summary>
    /// <see cref="EnvironmentVariable"/> when set; else <c>hackathon-notebook-server.dll</c> beside the
    /// calling program; else this repository's build layout
    /// (<c>artifacts/bin/HackathonPlatform.NotebookServer/&lt;config&gt;/</c>, next to the caller's folder).
    /// </summary>
    /// <returns>The full path, or null when none is found.</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(here, FileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        var bin = Path.GetDirectoryName(Path.GetDirectoryName(here));
        var built = bin is null ? null : Path.Combine(bin, "HackathonPlatform.NotebookServer", Path.GetFileName(here), FileName);
        return built is not null && File.Exists(built) ? Path.GetFullPath(built) : null;
    }
}
