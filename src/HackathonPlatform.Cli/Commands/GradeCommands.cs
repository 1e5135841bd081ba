using System.CommandLine;
using System.Globalization;
using System.Text;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Feedback;
using Spectre.Console;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// `hackathon grade EXERCISE_DIR SUBMISSIONS_DIR [--output grades.csv] [--feedback DIR]`: grades every
/// .ipynb in a folder (nbgrader's batch autograde) in sandboxed kernels, one bad notebook never stopping
/// the batch, and writes one CSV row per notebook. The next notebook's kernel is started while the current
/// one is graded. Exit 0: all graded; 1: bad input; 2: no kernel host.
/// </summary>
internal static class GradeCommands
{
    public static Command Create(CliContext context)
    {
        var exerciseDir = new Argument<string>("exercise-dir") { Description = "The exercise folder (exercises/<id>)." };
        var submissionsDir = new Argument<string>("submissions-dir") { Description = "A folder of submitted .ipynb files (searched recursively)." };
        var output = new Option<string>("--output", "-o") { Description = "The CSV to write.", DefaultValueFactory = _ => "grades.csv" };
        var feedback = new Option<string?>("--feedback") { Description = "Also write each notebook's feedback page (HTML) into this folder." };
        var kernel = new Option<string?>("--kernel-host") { Description = "Path of hackathon-kernel.dll (default: the built one)." };
        var command = new Command("grade", "Autograde a folder of submitted notebooks and write a CSV.") { exerciseDir, submissionsDir, output, feedback, kernel };
        command.SetAction((r, ct) => GradeAsync(context, r.GetValue(exerciseDir)!, r.GetValue(submissionsDir)!, r.GetValue(output)!, r.GetValue(feedback), r.GetValue(kernel), ct));
        return command;
    }

    private static async Task<int> GradeAsync(CliContext context, string exerciseDir, string submissionsDir, string output, string? feedbackDir, string? kernelHost, CancellationToken ct)
    {
        var diagnostics = new List<ExerciseDiagnostic>();
        var exercise = Directory.Exists(exerciseDir) ? ExerciseReader.Read(Path.GetFullPath(exerciseDir), diagnostics) : null;
        diagnostics.ForEach(d => context.Error.WriteLine(d.ToString()));
        if (exercise is null)
        {
            return context.Fail($"{exerciseDir}: not a valid exercise folder.");
        }

        if (!Directory.Exists(submissionsDir))
        {
            return context.Fail($"{submissionsDir}: no such folder.");
        }

        var files = Directory.GetFiles(submissionsDir, "*.ipynb", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        // With more than one notebook, the next one's kernel starts while the current one is graded
        // (each kernel still grades one notebook only).
        if (GradingExecutors.Create(kernelHost, out var error, warmKernels: files.Count > 1 ? 1 : 0) is not { } executor)
        {
            return context.Fail(error!, 2);
        }

        await using var kernels = executor;
        var pipeline = new GradingPipeline(executor, new GradingOptions { ExecutionLimits = exercise.Limits });
        var rows = new List<(string File, GradeReport Report)>();
        async Task GradeAllAsync(Action<string>? tick)
        {
            foreach (var file in files)
            {
                var report = await pipeline.GradeAsync(exercise.Release, await File.ReadAllTextAsync(file, ct), null, ct);
                rows.Add((Path.GetRelativePath(submissionsDir, file), report));
                if (feedbackDir is not null)
                {
                    Directory.CreateDirectory(feedbackDir);
                    await File.WriteAllTextAsync(Path.Combine(feedbackDir, Path.ChangeExtension(Path.GetFileName(file), ".html")), FeedbackRenderer.Render(report, exercise.Title), ct);
                }

                tick?.Invoke(file);
            }
        }

        if (context.ProgressConsole is { } console)
        {
            await console.Progress().StartAsync(async p =>
            {
                var task = p.AddTask($"Grading {files.Count} notebooks", maxValue: Math.Max(1, files.Count));
                await GradeAllAsync(_ => task.Increment(1));
            });
        }
        else
        {
            await GradeAllAsync(file => context.Error.WriteLine($"graded {file}"));
        }

        await File.WriteAllTextAsync(output, Csv(rows, exercise), new UTF8Encoding(false), ct);
        context.Output.WriteLine($"{rows.Count} notebooks graded, mean {(rows.Count == 0 ? 0 : rows.Average(r => r.Report.Score)):0.##}/{exercise.MaxPoints:0.##}; wrote {output}");
        return 0;
    }

    private static string Csv(List<(string File, GradeReport Report)> rows, Exercise exercise)
    {
        var ids = exercise.Release.GradingMaster.Cells.Select(c => Notebooks.Nbgrader.NbgraderCellExtensions.GradeId(c)).OfType<string>()
            .Where(id => rows.Any(r => r.Report.Cells.Any(c => c.GradeId == id))).ToList();
        var sb = new StringBuilder().AppendJoin(',', ["file", "score", "max", "needs_manual_grading", .. ids, "flags", "error"]).Append('\n');
        foreach (var (file, report) in rows)
        {
            var cells = ids.Select(id => report.Cells.FirstOrDefault(c => c.GradeId == id)?.Points is { } p ? N(p) : "");
            sb.AppendJoin(',', [Q(file), N(report.Score), N(report.Cells.Count > 0 ? report.MaxPoints : exercise.MaxPoints), report.NeedsManualGrading ? "yes" : "no",
                .. cells, Q(string.Join(';', report.Flags.Select(f => f.Kind).Distinct())), Q(report.Error ?? "")]).Append('\n');
        }

        return sb.ToString();
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Q(string field) => field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
