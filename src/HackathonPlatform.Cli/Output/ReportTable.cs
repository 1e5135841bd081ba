using System.Globalization;
using HackathonPlatform.Quantum.Solvers;
using Spectre.Console;

namespace HackathonPlatform.Cli.Output;

/// <summary>The report as a two-column table for people.</summary>
internal static class ReportTable
{
    public static void Write(IAnsiConsole console, SolverReport r, string path)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("field").AddColumn("value");
        void Row(string name, object? value)
        {
            if (value is not null)
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            }
        }
        Row("file", path);
        Row("method", r.Method);
        Row("variables", r.VariableCount);
        Row(r.Sense == OptimizationSense.Maximize ? "best cut" : "best value", r.BestValue);
        Row("best bitstring", r.BestBitstring);
        Row("reference", r.ReferenceValue is null ? null : $"{r.ReferenceValue.Value.ToString(CultureInfo.InvariantCulture)} ({r.ReferenceSource})");
        Row("approximation ratio", r.ApproximationRatio?.ToString("0.######", CultureInfo.InvariantCulture));
        Row("probability of optimum", r.ProbabilityOfOptimum?.ToString("0.######", CultureInfo.InvariantCulture));
        Row("optimal states", r.OptimalStateCount);
        Row("objective (final)", r.ObjectiveValue?.ToString("0.######", CultureInfo.InvariantCulture));
        Row("feasible", r.Feasible);
        Row("evaluations", r.Evaluations);
        Row("optimizer", r.Optimizer);
        Row("ansatz", r.Ansatz);
        Row("seed", r.Seed);
        Row("wall time", $"{r.WallSeconds:0.###} s");
        Row("trace", r.Trace.Count == 0 ? null : $"{r.Trace.Count} points, {r.Trace[0]:G6} -> {r.Trace[^1]:G6}");
        console.Write(table);
    }
}
