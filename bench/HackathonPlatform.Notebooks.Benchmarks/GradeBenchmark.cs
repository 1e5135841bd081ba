using System.Collections.Concurrent;
using System.Diagnostics;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Execution;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Grading on exercises/qubo-maxcut-intro (10 cells, 5 of them C#): GradingPipeline + KernelNotebookExecutor,
/// cold (a kernel started per notebook) and with a warm kernel pool (the next kernel started while the
/// current notebook is graded; still one kernel per notebook), with 1 and 2 parallel workers, against
/// `jupyter nbconvert --execute` per notebook on the same exercise in Python, alternating with our cold
/// grades so that load drifts hit both.
/// Warm is measured twice: the time of one submission when a ready kernel waits for it (a hub between
/// submissions), and back-to-back throughput, where each rental has to wait for the kernel started at the
/// previous one, so the kernels' start rate bounds it.
/// Targets: per-notebook grading time ≤ 1.5× nbconvert's (cold and warm); 2 workers grade more per minute than 1.
/// </summary>
internal sealed class GradeBenchmark : IBenchmark
{
    private const int Rounds = 3;
    private const int StreamLength = 6;

    public string Name => "grade";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Programs.Repository(), "exercises", "qubo-maxcut-intro");
        var diagnostics = new List<ExerciseDiagnostic>();
        var exercise = ExerciseReader.Read(directory, diagnostics) ?? throw new InvalidOperationException($"The exercise did not load: {string.Join("; ", diagnostics)}");
        // The reference solution as the submission: every test runs to its end, the most work a grade takes.
        var submission = await File.ReadAllTextAsync(Path.Combine(directory, exercise.NotebookFileName), cancellationToken);
        var host = await ReadyToRunHost.EnsureAsync();
        Console.WriteLine($"  kernel host: {ReadyToRunHost.Describe(host)}");
        var grade = new Grader(exercise, submission);
        var folder = Directory.CreateTempSubdirectory("bench-grade-").FullName;
        try
        {
            var python = Fixtures.WriteExerciseInPython(Path.Combine(directory, exercise.NotebookFileName), folder);
            await using var cold = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host });
            var coldPipeline = grade.Pipeline(cold);
            var coldTimes = new List<double>();
            var nbconvert = new List<double>();
            // Round 0 warms the disk cache for both and is not counted; then they alternate.
            for (var round = 0; round <= Rounds; round++)
            {
                var ours = await grade.OneAsync(coldPipeline, cancellationToken);
                var theirs = await JupyterTools.NbconvertAsync(python, cancellationToken);
                if (round > 0)
                {
                    coldTimes.Add(ours);
                    nbconvert.Add(theirs);
                }
            }

            var cold2 = await grade.StreamAsync(coldPipeline, workers: 2, StreamLength, cancellationToken);
            var warmTimes = await WarmLatencyAsync(grade, host, cancellationToken);
            var warm1 = await WarmStreamAsync(grade, host, workers: 1, cancellationToken);
            var warm2 = await WarmStreamAsync(grade, host, workers: 2, cancellationToken);

            var theirsMedian = Stats.Median(nbconvert);
            var coldPerMinute = 60 / coldTimes.Average();
            Console.WriteLine($"  cold, 1 worker: {Stats.Series(coldTimes)} per notebook; {coldPerMinute:0.0} notebooks/min (60 / mean)");
            Console.WriteLine($"  cold, 2 workers: {Stats.Series(cold2.Times)} per notebook; {cold2.PerMinute:0.0} notebooks/min ({Environment.ProcessorCount} cores)");
            Console.WriteLine($"  warm pool, a ready kernel waiting: {Stats.Series(warmTimes)} per notebook");
            Console.WriteLine($"  warm pool, 1 worker back to back: {Stats.Series(warm1.Times)} per notebook; {warm1.PerMinute:0.0} notebooks/min (each rental starts the next kernel)");
            Console.WriteLine($"  warm pool, 2 workers back to back: {Stats.Series(warm2.Times)} per notebook; {warm2.PerMinute:0.0} notebooks/min");
            Console.WriteLine($"  nbconvert --execute (Python): {Stats.Series(nbconvert)}; {60 / theirsMedian:0.0} notebooks/min");
            Console.WriteLine($"  load average: {LoadAverage()}");
            var coldRatio = Stats.Median(coldTimes) / theirsMedian;
            var warmRatio = Stats.Median(warmTimes) / theirsMedian;
            var coldTime = Stats.Verdict("per-notebook grading time, cold", coldRatio <= 1.5, $"{coldRatio:0.00}× nbconvert's (target ≤ 1.5×)");
            var warmTime = Stats.Verdict("per-notebook grading time, warm kernel ready", warmRatio <= 1.5, $"{warmRatio:0.00}× nbconvert's (target ≤ 1.5×)");
            var coldScale = Stats.Verdict("throughput with 2 workers, cold", cold2.PerMinute > coldPerMinute * 1.1, $"{cold2.PerMinute / coldPerMinute:0.00}× the 1-worker rate (target: grows, > 1.1×)");
            var warmScale = Stats.Verdict("throughput with 2 workers, warm pool", warm2.PerMinute > warm1.PerMinute * 1.1, $"{warm2.PerMinute / warm1.PerMinute:0.00}× the 1-worker rate (target: grows, > 1.1×)");
            return coldTime && warmTime && coldScale && warmScale;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The time a submission takes when a warm kernel is waiting for it (the hub between submissions):
    /// the pool is refilled before each one, off the clock; the replacement's start during the grade is on it.
    /// </summary>
    private static async Task<List<double>> WarmLatencyAsync(Grader grade, string host, CancellationToken cancellationToken)
    {
        await using var warm = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host, WarmKernels = 1 });
        var pipeline = grade.Pipeline(warm);
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            await warm.WarmUpAsync(grade.Limits, cancellationToken);
            times.Add(await grade.OneAsync(pipeline, cancellationToken));
        }

        return times;
    }

    /// <summary>A warm pool with one kernel per worker, ready before the clock starts; then a stream of grades.</summary>
    private static async Task<(List<double> Times, double PerMinute)> WarmStreamAsync(Grader grade, string host, int workers, CancellationToken cancellationToken)
    {
        await using var warm = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = host, WarmKernels = workers });
        await warm.WarmUpAsync(grade.Limits, cancellationToken);
        return await grade.StreamAsync(grade.Pipeline(warm), workers, StreamLength, cancellationToken);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Grades the reference solution and checks it earned its points.</summary>
    private sealed class Grader(Exercise exercise, string submission)
    {
        public ExecutionLimits Limits => exercise.Limits;

        public GradingPipeline Pipeline(INotebookExecutor executor) => new(executor, new GradingOptions { ExecutionLimits = exercise.Limits });

        public async Task<double> OneAsync(GradingPipeline pipeline, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var report = await pipeline.GradeAsync(exercise.Release, submission, cancellationToken: cancellationToken);
            if (report.Error is not null || report.AutoPoints < 7)
            {
                throw new InvalidOperationException($"The reference solution graded {report.AutoPoints}/{report.MaxPoints}: {report.Error}");
            }

            return clock.Elapsed.TotalSeconds;
        }

        /// <summary>Grades <paramref name="count"/> notebooks with <paramref name="workers"/> parallel workers, back to back.</summary>
        public async Task<(List<double> Times, double PerMinute)> StreamAsync(GradingPipeline pipeline, int workers, int count, CancellationToken cancellationToken)
        {
            var queue = new ConcurrentQueue<int>(Enumerable.Range(0, count));
            var clock = Stopwatch.StartNew();
            var all = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
            {
                var times = new List<double>();
                while (queue.TryDequeue(out _))
                {
                    times.Add(await OneAsync(pipeline, cancellationToken));
                }

                return times;
            }));
            return (all.SelectMany(t => t).ToList(), count / clock.Elapsed.TotalMinutes);
        }
    }
}
