using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Web.Learning;

/// <summary>Writes the catalogue's authoring problems to the log (the authors' page shows the same list).</summary>
internal static class CourseDiagnosticsLog
{
    public static void Write(ILogger logger, CourseCatalog catalog)
    {
        logger.LogInformation("Loaded {Courses} courses, {Lectures} lectures from {Directory} in {Ms:0} ms",
            catalog.Courses.Count, catalog.Lectures.Count(), catalog.RootDirectory, catalog.LoadTime.TotalMilliseconds);
        foreach (var d in catalog.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                logger.LogError("Course content: {Diagnostic}", d.ToString());
            }
            else
            {
                logger.LogWarning("Course content: {Diagnostic}", d.ToString());
            }
        }
    }
}
