using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Tests.Exercises;

public sealed class ExerciseCatalogTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "hp-exercises-" + Guid.NewGuid().ToString("N")[..8]);

    public static string RepositoryExercises
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "exercises");
        }
    }

    [Fact]
    public void The_repository_exercises_load_without_errors_and_the_qsharp_kata_exercises_are_left_to_the_katas()
    {
        var catalog = ExerciseCatalog.Load(RepositoryExercises);

        Assert.DoesNotContain(catalog.Diagnostics, d => d.IsError);
        Assert.Null(catalog.Find("qsharp-vqe-ansatz"));
        Assert.NotNull(catalog.Find("particle-id"));
    }

    [Fact]
    public void The_demo_exercise_loads_without_diagnostics_worth_ten_points_for_the_demo_hackathon()
    {
        var catalog = ExerciseCatalog.Load(RepositoryExercises);
        var exercise = catalog.Find("qubo-maxcut-intro");

        Assert.DoesNotContain(catalog.Diagnostics, d => d.Path.Contains("qubo-maxcut-intro", StringComparison.Ordinal));
        Assert.NotNull(exercise);
        Assert.Equal(10, exercise.MaxPoints);
        Assert.Equal("csharp", exercise.Language);
        Assert.True(exercise.IsGroupExercise);
        Assert.True(exercise.Leaderboard);
        Assert.Equal(20, exercise.MaxSubmissions);
        Assert.Contains("ai-infn-advanced-hackathon", exercise.Hackathons);
        Assert.Equal(new GracePeriodLate(TimeSpan.FromHours(2), new PercentPerDayLate(10)), exercise.LatePolicy);
        Assert.Equal(TimeSpan.FromSeconds(30), exercise.Limits.CellTimeout);
        Assert.Single(catalog.ForHackathon("ai-infn-advanced-hackathon"), e => e.Id == "qubo-maxcut-intro");
    }

    [Fact]
    public void The_demo_exercise_release_has_stubs_and_no_solutions_or_hidden_tests_while_the_master_keeps_them()
    {
        var exercise = ExerciseCatalog.Load(RepositoryExercises).Find("qubo-maxcut-intro")!;
        var student = NotebookWriter.Write(exercise.Release.Student);
        var master = NotebookWriter.Write(exercise.Release.GradingMaster);

        Assert.DoesNotContain("BEGIN SOLUTION", student, StringComparison.Ordinal);
        Assert.DoesNotContain("HIDDEN TESTS", student, StringComparison.Ordinal);
        Assert.DoesNotContain("== 12.0", student, StringComparison.Ordinal);
        Assert.DoesNotContain("shot count", student, StringComparison.Ordinal);
        Assert.Contains("throw new NotImplementedException();", student, StringComparison.Ordinal);
        Assert.Contains("YOUR ANSWER HERE", student, StringComparison.Ordinal);
        Assert.Contains("== 12.0", master, StringComparison.Ordinal);
        Assert.All(exercise.Release.Student.Cells.Where(c => c.IsGrade()), c => Assert.NotNull(NbgraderMetadata.Of(c)!.Checksum));
    }

    [Fact]
    public void Broken_folders_give_diagnostics_with_lines_and_the_good_ones_still_load()
    {
        Copy(Path.Combine(RepositoryExercises, "qubo-maxcut-intro"), "good");
        Directory.CreateDirectory(Path.Combine(root, "no-settings"));
        Write("bad-yaml", "title: [unclosed\nlanguage: csharp\n");
        Write("bad-values", "title: T\nlanguage: fortran\nsubmission: pairs\ndue: next friday\nlate_policy: percent-per-day lots\nmax_submissions: -1\nleaderboard: maybe\ncolour: blue\n");
        Write("no-notebook", "title: T\nlanguage: csharp\n", notebook: null);
        Write("dup-ids", "title: T\nlanguage: csharp\n", notebook: DuplicateIds());
        Write("not-json", "title: T\nlanguage: csharp\n", notebook: "this is not json");
        Directory.CreateDirectory(Path.Combine(root, "Bad Name"));

        var catalog = ExerciseCatalog.Load(root);

        Assert.Equal(["good"], catalog.Exercises.Select(e => e.Id));
        string[] expected = ["no-settings", "bad-yaml", "fortran", "pairs", "next friday", "percent-per-day lots", "max_submissions", "maybe", "no-notebook", "used by an earlier cell", "not-json", "Bad Name"];
        foreach (var text in expected)
        {
            Assert.Contains(catalog.Diagnostics, d => d.ToString().Contains(text, StringComparison.Ordinal));
        }

        Assert.Contains(catalog.Diagnostics, d => !d.IsError && d.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(catalog.Diagnostics, d => d.Line == 4 && d.Message.Contains("next friday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_exercises_folder_gives_an_empty_catalogue_and_a_warning()
    {
        var catalog = ExerciseCatalog.Load(Path.Combine(root, "nowhere"));
        Assert.Empty(catalog.Exercises);
        Assert.Single(catalog.Diagnostics, d => !d.IsError);
    }

    [Theory]
    [InlineData("none", "late submissions are accepted without penalty")]
    [InlineData("zero", "late submissions score zero")]
    [InlineData("percent-per-day 10", "10% of the score per started day late")]
    [InlineData("grace 0.25 then zero", "0.25 h of grace, then late submissions score zero")]
    public void Late_policies_parse_and_describe_themselves(string text, string description)
    {
        var policy = LatePolicyText.Parse(text, out var error);
        Assert.Null(error);
        Assert.Equal(description, LatePolicyText.Describe(policy!));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string DuplicateIds()
    {
        var notebook = Fixtures.CSharpExercise();
        NbgraderMetadata.Of(notebook.Cells[2])!.GradeId = "square";
        return NotebookWriter.Write(notebook);
    }

    private void Write(string id, string yaml, string? notebook = "")
    {
        var dir = Path.Combine(root, id);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, ExerciseReader.SettingsFile), yaml);
        if (notebook is not null)
        {
            File.WriteAllText(Path.Combine(dir, id + ".ipynb"), notebook.Length == 0 ? NotebookWriter.Write(Fixtures.CSharpExercise()) : notebook);
        }
    }

    private void Copy(string from, string id)
    {
        var dir = Path.Combine(root, id);
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(from, ExerciseReader.SettingsFile), Path.Combine(dir, ExerciseReader.SettingsFile));
        File.Copy(Path.Combine(from, "qubo-maxcut-intro.ipynb"), Path.Combine(dir, id + ".ipynb"));
    }
}
