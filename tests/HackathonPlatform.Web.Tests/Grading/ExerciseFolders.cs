using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;
using HackathonPlatform.Web.Grading;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// Exercise folders a test writes into its hub's exercises folder: copies of qubo-maxcut-intro under a
/// new id, with settings of the test's choosing, edited the way an author edits them.
/// </summary>
internal static class ExerciseFolders
{
    /// <summary>A fresh exercise id (lower-case letters, digits and dashes).</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>exercise.yml for an individual exercise of the demo hackathon.</summary>
    public static string Settings(string title, DateTimeOffset due, string latePolicy) => $"""
        title: {title}
        language: csharp
        used_by:
          hackathons: [{Seeding.DemoSeeder.DemoSlug}]
        submission: individual
        due: {due.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}
        late_policy: {latePolicy}
        """;

    /// <summary>Creates exercises/{id}/ with the qubo-maxcut-intro notebook and the given settings; returns the folder.</summary>
    public static string Create(GradingHubFactory hub, string id, string settings)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Provider(hub).Directory, id)).FullName;
        File.Copy(Path.Combine(GradingHubFactory.RepositoryRoot, "exercises", GradingHubFactory.Exercise, GradingHubFactory.Exercise + ".ipynb"), Path.Combine(folder, id + ".ipynb"));
        File.WriteAllText(Path.Combine(folder, "exercise.yml"), settings);
        return folder;
    }

    /// <summary>Rewrites the source notebook after <paramref name="edit"/> changed it.</summary>
    public static void EditNotebook(string folder, Action<Notebook> edit)
    {
        var path = Path.Combine(folder, Path.GetFileName(folder) + ".ipynb");
        var notebook = NotebookReader.ReadFile(path);
        edit(notebook);
        File.WriteAllText(path, NotebookWriter.Write(notebook));
    }

    /// <summary>
    /// Adds a line to the hidden tests of test_cut_value (3 points) that makes it fail. The fake kernel
    /// fails any cell that throws NotImplementedException, as a real one would fail this line.
    /// </summary>
    public static void BreakHiddenTest(string folder) => EditNotebook(folder, notebook =>
    {
        var cell = notebook.Cells.Single(c => c.GradeId() == "test_cut_value");
        const string marker = "// ### BEGIN HIDDEN TESTS\n";
        Assert.Contains(marker, cell.Source, StringComparison.Ordinal);
        cell.Source = cell.Source.Replace(marker, marker + "throw new NotImplementedException(\"a stricter hidden test\");\n", StringComparison.Ordinal);
    });

    public static ExerciseCatalogProvider Provider(GradingHubFactory hub) => hub.Services.GetRequiredService<ExerciseCatalogProvider>();

    public static Task<ExerciseCatalogChanges> ReloadAsync(GradingHubFactory hub) =>
        hub.Services.GetRequiredService<ExerciseCatalogReloader>().ReloadAsync(CancellationToken.None);
}
