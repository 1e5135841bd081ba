using System.Diagnostics;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Notebooks.Nbgrader;
using Xunit.Abstractions;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>
/// What `hackathon exercise validate` checks, for every folder of exercises/ that has a notebook, on the real
/// kernel: the folder loads without errors, the reference solution earns every point of every autograded test
/// cell (hidden tests included), and the released notebook earns none of them. Here rather than in the grading
/// tests because this project builds the kernel host. About a minute in all (qubo-vqe ~30 s, particle-id ~15 s).
/// </summary>
public sealed class AllExercisesValidateTests(ITestOutputHelper output)
{
    public static TheoryData<string> NotebookExercises() => [.. NotebookExerciseIds()];

    [Fact]
    public void The_exercises_with_notebooks_include_the_quantum_and_deep_learning_ones()
    {
        var ids = NotebookExerciseIds().ToList();

        Assert.Contains("qubo-maxcut-intro", ids);
        Assert.Contains("qubo-vqe", ids);
        Assert.Contains("particle-id", ids);
    }

    [Theory]
    [MemberData(nameof(NotebookExercises))]
    public async Task The_solution_passes_every_test_and_the_release_fails_them(string id)
    {
        var diagnostics = new List<ExerciseDiagnostic>();
        var exercise = ExerciseReader.Read(Path.Combine(ExercisesFolder(), id), diagnostics);
        Assert.True(exercise is not null, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);

        var host = KernelHostLocator.Find() ?? throw new InvalidOperationException("hackathon-kernel.dll was not built.");
        var pipeline = new GradingPipeline(
            new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host, Log = Log }),
            new GradingOptions { ExecutionLimits = exercise.Limits });
        var clock = Stopwatch.StartNew();
        var source = NotebookReader.ReadFile(Path.Combine(exercise.Directory, exercise.NotebookFileName));
        var solved = await pipeline.GradeAsync(exercise.Release, source, null, CancellationToken.None);
        var solvedSeconds = clock.Elapsed.TotalSeconds;
        var released = await pipeline.GradeAsync(exercise.Release, exercise.Release.Student, null, CancellationToken.None);
        output.WriteLine($"{id}: solution graded in {solvedSeconds:F1} s, release in {clock.Elapsed.TotalSeconds - solvedSeconds:F1} s");

        var tests = solved.Cells.Where(c => c.Kind == NbgraderCellKind.AutograderTests).ToList();
        Assert.NotEmpty(tests);
        foreach (var cell in tests)
        {
            var release = released.Cells.FirstOrDefault(c => c.GradeId == cell.GradeId);
            output.WriteLine($"  {cell.GradeId}: solution {cell.Status} {cell.Points}/{cell.MaxPoints}, release {release?.Status} {release?.Points}");
            Assert.True(cell.Points == cell.MaxPoints, $"{id}/{cell.GradeId}: the solution earns {cell.Points} of {cell.MaxPoints} ({cell.Status})");
            Assert.True(release is null || release.Points is null or 0, $"{id}/{cell.GradeId}: the release earns {release?.Points} ({release?.Status})");
        }
    }

    /// <summary>Kernel logs into the test output (why a kernel could not start); they may come after the test ended.</summary>
    private void Log(string message)
    {
        try
        {
            output.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
            // The test is over: its output is closed.
        }
    }

    private static IEnumerable<string> NotebookExerciseIds() =>
        Directory.EnumerateDirectories(ExercisesFolder())
            .Where(dir => Directory.EnumerateFiles(dir, "*.ipynb").Any())
            .Select(dir => Path.GetFileName(dir))
            .Order(StringComparer.Ordinal);

    private static string ExercisesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "exercises");
    }
}
