using System.Text;
using System.Text.Json;

namespace HackathonPlatform.Katas;

/// <summary>
/// Checks Q# solutions with qsharp-lang's <c>checkExerciseSolution</c> in separate Node processes
/// (<c>quantum/check-solutions.mjs</c>), each with a wall-clock limit, killed when it runs over.
/// Used for the Quantum Katas and for our own exercises in exercises/qsharp-*. Thread-safe.
/// </summary>
/// <param name="options">Toolchain location and limits.</param>
public sealed class KataChecker(KatasOptions options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The options in use.</summary>
    public KatasOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Checks a solution of a kata exercise in a fresh process, within <see cref="KatasOptions.CheckTimeout"/>.</summary>
    /// <param name="kataId">The kata.</param>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="userCode">The learner's code.</param>
    /// <param name="cancellationToken">Stops the check (the process is killed).</param>
    /// <returns>The verdict; code over <see cref="KatasOptions.MaxCodeBytes"/> is refused without running.</returns>
    /// <exception cref="QsharpToolchainException">Node or qsharp-lang is missing or broken.</exception>
    public Task<SolutionCheckResult> CheckAsync(string kataId, string exerciseId, string userCode, CancellationToken cancellationToken = default) =>
        CheckOneAsync(SolutionCheck.ForKata(kataId, exerciseId, userCode), cancellationToken);

    /// <summary>Checks a solution of one of our Q# exercises in a fresh process, within <see cref="KatasOptions.CheckTimeout"/>.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="userCode">The learner's code.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="QsharpToolchainException">Node or qsharp-lang is missing or broken.</exception>
    public Task<SolutionCheckResult> CheckAsync(QsharpExercise exercise, string userCode, CancellationToken cancellationToken = default) =>
        CheckOneAsync(SolutionCheck.ForExercise(exercise, userCode), cancellationToken);

    /// <summary>
    /// Checks many solutions in one process (start-up paid once; a check then takes ~0.1-0.9 s).
    /// Checks left unfinished at the time limit come back as <see cref="CheckOutcome.TimedOut"/>.
    /// </summary>
    /// <param name="checks">The solutions.</param>
    /// <param name="timeout">Wall-clock limit for the whole batch.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per check, in order.</returns>
    /// <exception cref="QsharpToolchainException">Node or qsharp-lang is missing, or the script crashed.</exception>
    public async Task<IReadOnlyList<SolutionCheckResult>> CheckManyAsync(IReadOnlyList<SolutionCheck> checks, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var results = new SolutionCheckResult?[checks.Count];
        var runnable = new List<int>();
        for (var i = 0; i < checks.Count; i++)
        {
            var size = Encoding.UTF8.GetByteCount(checks[i].Code);
            if (size > Options.MaxCodeBytes)
            {
                results[i] = SolutionCheckResult.Refuse($"The code is {size / 1024.0:0.#} KB; solutions are limited to {Options.MaxCodeBytes / 1024} KB.");
            }
            else
            {
                runnable.Add(i);
            }
        }

        if (runnable.Count > 0)
        {
            await RunBatchAsync(checks, runnable, results, timeout, cancellationToken);
        }

        return [.. results.Select(r => r!)];
    }

    private async Task<SolutionCheckResult> CheckOneAsync(SolutionCheck check, CancellationToken cancellationToken) =>
        (await CheckManyAsync([check], Options.CheckTimeout, cancellationToken))[0];

    private async Task RunBatchAsync(IReadOnlyList<SolutionCheck> checks, List<int> runnable, SolutionCheckResult?[] results, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(new CheckRequestJson([.. runnable.Select(i => CheckJson.From(checks[i]))]), Json);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await NodeRunner.RunAsync(Options, "check-solutions.mjs", request, timeout, line =>
        {
            var answer = Parse(line);
            if (answer is not null && answer.Index >= 0 && answer.Index < runnable.Count)
            {
                results[runnable[answer.Index]] = answer.ToResult(clock.Elapsed);
            }
        }, cancellationToken);

        if (!run.TimedOut && run.ExitCode != 0)
        {
            throw new QsharpToolchainException($"check-solutions.mjs failed with exit code {run.ExitCode}: {run.StderrTail}");
        }

        foreach (var i in runnable.Where(i => results[i] is null))
        {
            results[i] = run.TimedOut
                ? new SolutionCheckResult(CheckOutcome.TimedOut, [], [$"The check ran longer than {timeout.TotalSeconds:0.#} s and was stopped. Does the code loop forever?"], run.Elapsed)
                : throw new QsharpToolchainException($"check-solutions.mjs ended without answering check {i}: {run.StderrTail}");
        }
    }

    private static CheckAnswerJson? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<CheckAnswerJson>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
