using System.Diagnostics;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Grading throughput on exercises/qubo-maxcut-intro (10 cells, 5 of them C#): GradingPipeline +
/// KernelNotebookExecutor (a fresh sandboxed kernel per notebook, no pool) with 1 and 2 parallel workers,
/// against `jupyter nbconvert --execute` per notebook on the same exercise in Python.
/// Targets: per-notebook grading time ≤ 1.5× nbconvert's; 2 workers grade more per minute than 1.
/// </summary>
internal sealed class GradeBenchmark : IBenchmark
{
    private const int Sequential = 3;
    private const int Parallel = 4;

    public string Name => "grade";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Programs.Repository(), "exercises", "qubo-maxcut-intro");
        var diagnostics = new List<ExerciseDiagnostic>();
        var exercise = ExerciseReader.Read(directory, diagnostics) ?? throw new InvalidOperationException($"The exercise did not load: {string.Join("; ", diagnostics)}");
        // The reference solution as the submission: every test runs to its end, the most work a grade takes.
        var submission = await File.ReadAllTextAsync(Path.Combine(directory, exercise.NotebookFileName), cancellationToken);
        var host = KernelHostLocator.Find() ?? throw new InvalidOperationException("hackathon-kernel.dll is not built.");
        var pipeline = new GradingPipeline(new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host }), new GradingOptions { ExecutionLimits = exercise.Limits });
        var folder = Directory.CreateTempSubdirectory("bench-grade-").FullName;
        try
        {
            var python = Fixtures.WriteExerciseInPython(Path.Combine(directory, exercise.NotebookFileName), folder);
            await GradeOneAsync(pipeline, exercise, submission, cancellationToken);
            await JupyterTools.NbconvertAsync(python, cancellationToken);

            var single = new List<double>();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Sequential; i++)
            {
                single.Add(await GradeOneAsync(pipeline, exercise, submission, cancellationToken));
            }

            var perMinute1 = Sequential / clock.Elapsed.TotalMinutes;
            clock.Restart();
            var queue = new System.Collections.Concurrent.ConcurrentQueue<int>(Enumerable.Range(0, Parallel));
            var twoWorkers = Enumerable.Range(0, 2).Select(async _ =>
            {
                var times = new List<double>();
                while (queue.TryDequeue(out _))
                {
                    times.Add(await GradeOneAsync(pipeline, exercise, submission, cancellationToken));
                }

                return times;
            });
            var parallelTimes = (await Task.WhenAll(twoWorkers)).SelectMany(t => t).ToList();
            var perMinute2 = Parallel / clock.Elapsed.TotalMinutes;

            var nbconvert = new List<double>();
            for (var i = 0; i < Sequential; i++)
            {
                nbconvert.Add(await JupyterTools.NbconvertAsync(python, cancellationToken));
            }

            var ratio = Stats.Median(single) / Stats.Median(nbconvert);
            Console.WriteLine($"  1 worker: {Stats.Series(single)} per notebook; {perMinute1:0.0} notebooks/min");
            Console.WriteLine($"  2 workers: {Stats.Series(parallelTimes)} per notebook; {perMinute2:0.0} notebooks/min ({Environment.ProcessorCount} cores)");
            Console.WriteLine($"  nbconvert --execute (Python): {Stats.Series(nbconvert)}; {60 / Stats.Median(nbconvert):0.0} notebooks/min");
            var time = Stats.Verdict("per-notebook grading time", ratio <= 1.5, $"{ratio:0.00}× nbconvert's (target ≤ 1.5×)");
            var scale = Stats.Verdict("throughput with 2 workers", perMinute2 > perMinute1 * 1.1, $"{perMinute2 / perMinute1:0.00}× the 1-worker rate (target: grows, > 1.1×)");
            return time && scale;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> GradeOneAsync(GradingPipeline pipeline, Exercise exercise, string submission, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var report = await pipeline.GradeAsync(exercise.Release, submission, cancellationToken: cancellationToken);
        if (report.Error is not null || report.AutoPoints < 7)
        {
            throw new InvalidOperationException($"The reference solution graded {report.AutoPoints}/{report.MaxPoints}: {report.Error}");
        }

        return clock.Elapsed.TotalSeconds;
    }
}
