using HackathonPlatform.Katas.Tests.Support;

namespace HackathonPlatform.Katas.Tests;

/// <summary>Our exercises/qsharp-*: as the katas' CI does, every placeholder compiles and fails, every solution passes.</summary>
public sealed class QsharpExerciseTests
{
    private static readonly IReadOnlyList<QsharpExercise> Exercises = QsharpExerciseReader.LoadAll(Repository.ExercisesDirectory);

    [Fact]
    public void Both_qsharp_exercises_are_read_and_csharp_ones_are_left_alone()
    {
        Assert.Equal(["qsharp-qaoa-cost-layer", "qsharp-vqe-ansatz"], Exercises.Select(e => e.Id));
        Assert.All(Exercises, e =>
        {
            Assert.StartsWith("Q#:", e.Title, StringComparison.Ordinal);
            Assert.Contains("## What is graded", e.ReadmeMarkdown, StringComparison.Ordinal);
            Assert.Contains("operation CheckSolution()", e.VerificationCode, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Every_placeholder_compiles_but_fails_and_every_solution_passes()
    {
        var checks = Exercises.SelectMany(e => new[] { SolutionCheck.ForExercise(e, e.SolutionCode), SolutionCheck.ForExercise(e, e.PlaceholderCode) }).ToList();

        var results = await new KataChecker(Repository.RequireToolchain()).CheckManyAsync(checks, TimeSpan.FromMinutes(2));

        for (var i = 0; i < Exercises.Count; i++)
        {
            var (solution, placeholder) = (results[2 * i], results[(2 * i) + 1]);
            Assert.True(solution.Correct, $"{Exercises[i].Id} solution: {string.Join(" | ", solution.Messages.Concat(solution.Errors))}");
            Assert.Equal(CheckOutcome.Incorrect, placeholder.Outcome);
            Assert.NotNull(placeholder.Hint);
        }
    }

    [Fact]
    public async Task A_plausible_mistake_fails_with_the_verifications_hint_and_states()
    {
        var ansatz = Exercises.Single(e => e.Id == "qsharp-vqe-ansatz");
        var reversedLadder = ansatz.SolutionCode.Replace("CNOT(qubits[q], qubits[q + 1])", "CNOT(qubits[q + 1], qubits[q])", StringComparison.Ordinal);
        Assert.NotEqual(ansatz.SolutionCode, reversedLadder);

        var result = await new KataChecker(Repository.RequireToolchain()).CheckAsync(ansatz, reversedLadder);

        Assert.Equal(CheckOutcome.Incorrect, result.Outcome);
        Assert.Contains("CNOT(q, q + 1)", result.Hint, StringComparison.Ordinal);
        Assert.Contains(result.Messages, m => m.Contains("Basis state", StringComparison.Ordinal)); // the DumpMachine tables
    }
}
