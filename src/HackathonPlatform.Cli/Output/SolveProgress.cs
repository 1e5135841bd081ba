using HackathonPlatform.Quantum.Solvers;
using Spectre.Console;

namespace HackathonPlatform.Cli.Output;

/// <summary>Runs a solve under a Spectre progress bar when there is a terminal to draw on.</summary>
internal static class SolveProgress
{
    public static SolverReport Run(IAnsiConsole? console, string label, Func<IProgress<SolverProgress>?, SolverReport> solve)
    {
        if (console is null)
        {
            return solve(null);
        }
        SolverReport? report = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
                report = solve(new CallbackProgress<SolverProgress>(p => task.Value = Math.Clamp(p.Fraction, 0, 1)));
                task.Value = 1.0;
            });
        return report!;
    }
}
