using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Learning;

/// <summary>The resolved courses and docs folders (see <see cref="LearningOptions"/>).</summary>
public sealed class LearningPaths(IOptions<LearningOptions> options, IHostEnvironment environment)
{
    /// <summary>The courses folder.</summary>
    public string CoursesDirectory { get; } = RepositoryPaths.Resolve(options.Value.CoursesDirectory, environment.ContentRootPath, "courses");

    /// <summary>The built docs site.</summary>
    public string DocsDirectory { get; } = RepositoryPaths.Resolve(options.Value.DocsDirectory, environment.ContentRootPath, Path.Combine("site", "_site"));
}
