using System.CommandLine;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// `hackathon exercise validate DIR`: the static checks of an exercise folder (exercise.yml, unique
/// grade ids, points, well-formed regions: what release generation checks), then, in a sandboxed
/// kernel, that the reference solution passes every test and the released notebook fails them.
/// Exit 0: valid; 1: problems found; 2: the kernel host is missing (static checks passed).
/// </summary>
internal static class ExerciseCommands
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The exercise folder (exercises/<id>)." };
        var noRun = new Option<bool>("--no-run") { Description = "Only the static checks; do not run the notebook." };
        var kernel = new Option<string?>("--kernel-host") { Description = "Path of hackathon-kernel.dll (default: the built one)." };
        var validate = new Command("validate", "Check an exercise folder, and run its solution and its release against the tests.") { dir, noRun, kernel };
        validate.SetAction((r, ct) => ValidateAsync(context, r.GetValue(dir)!, r.GetValue(noRun), r.GetValue(kernel), ct));
        var exercise = new Command("exercise", "Author graded exercises (nbgrader-compatible notebooks).");
        exercise.Subcommands.Add(validate);
        return exercise;
    }

    private static async Task<int> ValidateAsync(CliContext context, string dir, bool noRun, string? kernelHost, CancellationToken ct)
    {
        var diagnostics = new List<ExerciseDiagnostic>();
        var exercise = Directory.Exists(dir) ? ExerciseReader.Read(Path.GetFullPath(dir), diagnostics) : null;
        foreach (var d in diagnostics)
        {
            context.Error.WriteLine(d.ToString());
        }

        if (exercise is null)
        {
            return context.Fail(Directory.Exists(dir) ? "the exercise is not valid." : $"{dir}: no such folder.");
        }

        var cells = exercise.Release.GradingMaster.Cells.Where(c => c.IsGrade() || c.IsTask()).ToList();
        context.Output.WriteLine($"{exercise.Id}: {cells.Count} graded cells, {exercise.MaxPoints:0.##} points; grade ids unique, points set, regions well-formed.");
        if (!cells.Any(c => c.CellType == CellType.Code))
        {
            context.Error.WriteLine("warning: no autograded test cell; everything is graded by hand.");
        }

        if (noRun)
        {
            return 0;
        }

        if (GradingExecutors.Create(kernelHost, out var error) is not { } executor)
        {
            context.Error.WriteLine($"the run check needs the kernel: {error}");
            return 2;
        }

        var pipeline = new GradingPipeline(executor, new GradingOptions { ExecutionLimits = exercise.Limits });
        var source = NotebookReader.ReadFile(Path.Combine(exercise.Directory, exercise.NotebookFileName));
        var solved = await pipeline.GradeAsync(exercise.Release, source, null, ct);
        var released = await pipeline.GradeAsync(exercise.Release, exercise.Release.Student, null, ct);
        var problems = 0;
        foreach (var cell in solved.Cells.Where(c => c.Kind == NbgraderCellKind.AutograderTests))
        {
            var release = released.Cells.FirstOrDefault(c => c.GradeId == cell.GradeId);
            var solutionPasses = cell.Points == cell.MaxPoints;
            var releaseFails = release is null || release.Points is null or 0;
            problems += (solutionPasses ? 0 : 1) + (releaseFails ? 0 : 1);
            context.Output.WriteLine($"  {cell.GradeId}: solution {Verdict(cell)}{(solutionPasses ? "" : " (should pass)")}, release {(release is null ? "missing" : Verdict(release))}{(releaseFails ? "" : " (should fail)")}");
        }

        context.Output.WriteLine(problems == 0 ? "valid: the solution passes every test and the release fails them." : $"{problems} problem(s) found.");
        return problems == 0 ? 0 : 1;
    }

    private static string Verdict(CellGrade cell) =>
        $"{(cell.Status == CellGradeStatus.Passed ? "passes" : cell.Status.ToString().ToLowerInvariant())} ({cell.Points ?? 0:0.##}/{cell.MaxPoints:0.##})";
}
