using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>Our built programs (artifacts/bin/&lt;Project&gt;/&lt;config&gt;/, beside this benchmark's own folder) and the dotnet muxer.</summary>
internal static class Programs
{
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));

    public static string Find(string project, string file)
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.GetFullPath(Path.Combine(here, "..", "..", project, Path.GetFileName(here), file));
        return File.Exists(path) ? path : throw new FileNotFoundException($"{file} is not built: build the benchmark project (it builds {project}).", path);
    }

    /// <summary>The repository root (the folder holding HackathonPlatform.sln).</summary>
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("HackathonPlatform.sln not found above the benchmark.");
    }

    public static ProcessStartInfo DotnetCommand(string dll, params string[] args) => new(Dotnet, [dll, .. args]);
}
