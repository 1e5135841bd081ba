namespace HackathonPlatform.Web.Servers;

/// <summary>Finds the notebook server program built beside the hub (artifacts/bin/&lt;Project&gt;/&lt;config&gt;/).</summary>
internal static class ServerProgramLocator
{
    public const string FileName = "hackathon-notebook-server.dll";

    public static string? Find()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(here, FileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        var config = Path.GetFileName(here);
        var bin = Path.GetDirectoryName(Path.GetDirectoryName(here));
        if (bin is null)
        {
            return null;
        }

        return new[] { config, "debug", "release" }
            .Select(c => Path.Combine(bin, "HackathonPlatform.NotebookServer", c, FileName))
            .Where(File.Exists).Select(Path.GetFullPath).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
    }
}
