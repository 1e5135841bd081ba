namespace HackathonPlatform.NotebookServer;

/// <summary>
/// A file, notebook or directory as the contents API returns it (the shape of Jupyter's contents
/// model): <see cref="Content"/> is the listing of a directory, the nbformat JSON of a notebook, or
/// the text or base64 of a file, and null when not asked for.
/// </summary>
public sealed record ContentEntry(string Name, string Path, string Type, long? Size, DateTimeOffset LastModified, object? Content = null, string? Format = null)
{
    public static ContentEntry Of(WorkspacePaths paths, FileSystemInfo info) => info switch
    {
        DirectoryInfo d => new(d.Name, paths.Relative(d.FullName), "directory", null, d.LastWriteTimeUtc),
        FileInfo f => new(f.Name, paths.Relative(f.FullName), f.Extension == ".ipynb" ? "notebook" : "file", f.Length, f.LastWriteTimeUtc),
        _ => throw new ArgumentOutOfRangeException(nameof(info)),
    };
}
