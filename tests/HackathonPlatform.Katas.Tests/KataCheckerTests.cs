using HackathonPlatform.Katas.Tests.Support;

namespace HackathonPlatform.Katas.Tests;

public sealed class KataCheckerTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    private const string Kata = "getting_started";
    private const string Exercise = "getting_started__flip_qubit";

    [Fact]
    public async Task Reference_solution_is_correct_and_says_so()
    {
        var solution = fixture.Catalog.FindExercise(Kata, Exercise)!.ReferenceSolutions[0];

        var result = await new KataChecker(fixture.Options).CheckAsync(Kata, Exercise, solution);

        Assert.Equal(CheckOutcome.Correct, result.Outcome);
        Assert.True(result.Correct);
        Assert.Equal("Correct!", result.Messages[0]);
        Assert.Null(result.Hint);
    }

    [Fact]
    public async Task Placeholder_is_incorrect_with_a_hint()
    {
        var placeholder = fixture.Catalog.FindExercise(Kata, Exercise)!.PlaceholderCode;

        var result = await new KataChecker(fixture.Options).CheckAsync(Kata, Exercise, placeholder);

        Assert.Equal(CheckOutcome.Incorrect, result.Outcome);
        Assert.Equal("Incorrect.", result.Messages[0]);
        Assert.StartsWith("Hint", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_that_does_not_compile_reports_the_line()
    {
        var result = await new KataChecker(fixture.Options).CheckAsync(Kata, Exercise, "namespace Kata {\n    operation FlipQubit(q : Qubit) : Unit is Adj + Ctl {\n        Flip(q);\n    }\n}");

        Assert.Equal(CheckOutcome.CompilationError, result.Outcome);
        Assert.Contains(result.Errors, e => e.StartsWith("line 3, column 9:", StringComparison.Ordinal) && e.Contains("Flip", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_infinite_loop_is_killed_at_the_time_limit()
    {
        var options = fixture.Options with { CheckTimeout = TimeSpan.FromSeconds(6) };
        // A loop is not allowed in an adjointable operation body, but a function called from it may spin.
        const string Loop = "namespace Kata {\n    function Spin() : Unit {\n        mutable i = 0;\n        while true { set i += 1; }\n    }\n    operation FlipQubit(q : Qubit) : Unit is Adj + Ctl {\n        Spin();\n    }\n}";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await new KataChecker(options).CheckAsync(Kata, Exercise, Loop);

        Assert.Equal(CheckOutcome.TimedOut, result.Outcome);
        Assert.Contains("loop forever", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Code_over_the_size_limit_is_refused_without_running()
    {
        var huge = "namespace Kata {\n" + new string('/', 70 * 1024) + "\n}";

        var result = await new KataChecker(fixture.Options).CheckAsync(Kata, Exercise, huge);

        Assert.Equal(CheckOutcome.Refused, result.Outcome);
        Assert.Contains("limited to 64 KB", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, result.Elapsed);
    }
}
