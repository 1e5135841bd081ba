using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Search;
using HackathonPlatform.Web.Learning;

namespace HackathonPlatform.Web.Hosting;

/// <summary>Courses, quizzes, progress, search and the docs site: the self-learner's part of the hub.</summary>
public static class LearningRegistration
{
    /// <summary>Registers the course catalogue, the search index, the docs site and the quiz service.</summary>
    public static WebApplicationBuilder AddHubLearning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LearningOptions>().BindConfiguration("Learning");
        services.AddSingleton<LearningPaths>();
        services.AddSingleton<SearchIndex>();
        // Loading renders every lecture once; requests read the cached snapshot.
        services.AddSingleton(sp => new CourseCatalogProvider(
            sp.GetRequiredService<LearningPaths>().CoursesDirectory,
            new LectureRenderOptions { QuizActionTemplate = "/courses/{course}/{lecture}/quizzes/{quiz}" },
            sp.GetRequiredService<SearchIndex>()));
        services.AddSingleton(sp => new DocsSite(
            sp.GetRequiredService<LearningPaths>().DocsDirectory, sp.GetRequiredService<SearchIndex>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DocsSite>>()));
        services.AddScoped<QuizAnswering>();
        // Anonymous readers all get the same lecture HTML (no token, no progress): serve it from memory. The
        // default policy never caches signed-in users, non-GET requests or responses that set cookies.
        services.AddOutputCache(o => o.AddPolicy(LecturePageCache.Policy, p => p.Tag(LecturePageCache.Tag).Expire(LecturePageCache.Duration)));
        if (builder.Configuration.GetValue("Learning:WatchCourses", true))
        {
            services.AddHostedService<CourseWatcherService>();
        }

        return builder;
    }

    /// <summary>Loads the courses and the docs index now (so problems show in the start-up log) and maps /api/courses and /docs.</summary>
    public static WebApplication MapHubLearning(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HackathonPlatform.Learning");
        CourseDiagnosticsLog.Write(logger, app.Services.GetRequiredService<CourseCatalogProvider>().Current);
        var docs = app.Services.GetRequiredService<DocsSite>();
        if (!docs.IsBuilt)
        {
            logger.LogWarning("The docs site is not built in {Directory}: /docs explains how (scripts/build-docs.sh)", docs.Directory);
        }

        docs.RefreshSearchIndex();
        app.MapLearningApi();
        app.MapDocs();
        return app;
    }
}
