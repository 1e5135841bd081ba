using System.Diagnostics;
using HackathonPlatform.Katas.Tests.Support;
using Xunit.Abstractions;

namespace HackathonPlatform.Katas.Tests;

/// <summary>
/// Every imported kata exercise, as the katas' own CI checks them: each reference solution passes,
/// each placeholder compiles and fails. 468 checks (243 solutions, 225 placeholders) take ~50 s of
/// CPU; they run in two Node processes side by side (one per core), katas dealt out alternately.
/// </summary>
public sealed class AllKataExercisesTests(CatalogFixture fixture, ITestOutputHelper output) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task Every_reference_solution_passes_and_every_placeholder_compiles_and_fails()
    {
        var checks = fixture.Catalog.Katas
            .SelectMany((kata, k) => kata.Exercises.SelectMany(e => e.ReferenceSolutions.Select(s => (Batch: k % 2, Exercise: e, IsSolution: true, Check: SolutionCheck.ForKata(kata.Id, e.Id, s)))
                .Append((Batch: k % 2, Exercise: e, IsSolution: false, Check: SolutionCheck.ForKata(kata.Id, e.Id, e.PlaceholderCode)))))
            .ToList();
        var checker = new KataChecker(fixture.Options);
        var clock = Stopwatch.StartNew();

        var batches = await Task.WhenAll(Enumerable.Range(0, 2).Select(b =>
        {
            var batch = checks.Where(c => c.Batch == b).ToList();
            return checker.CheckManyAsync([.. batch.Select(c => c.Check)], TimeSpan.FromMinutes(8)).ContinueWith(t => batch.Zip(t.Result), TaskScheduler.Default);
        }));
        output.WriteLine($"{checks.Count} checks of {fixture.Catalog.Exercises.Count()} exercises in {clock.Elapsed.TotalSeconds:0.0} s");

        var failures = batches.SelectMany(b => b)
            .Where(r => r.First.IsSolution ? !r.Second.Correct : r.Second.Outcome != CheckOutcome.Incorrect)
            .Select(r => $"{r.First.Exercise.Id} {(r.First.IsSolution ? "solution" : "placeholder")}: {r.Second.Outcome} {string.Join(" | ", r.Second.Errors.Concat(r.Second.Messages).Take(3))}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(468, checks.Count);
    }
}
