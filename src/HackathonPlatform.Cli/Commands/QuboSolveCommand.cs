using System.CommandLine;
using HackathonPlatform.Cli.Output;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Variational;

namespace HackathonPlatform.Cli.Commands;

/// <summary>`hackathon qubo solve FILE --method exact|classical|vqe|qaoa ...`: prints a solver report.</summary>
internal static class QuboSolveCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Instance in the Biq Mac sparse format (\"n m\", then \"i j w\" lines)." };
        var method = new Option<string>("--method", "-m") { Description = "exact | classical (tabu search) | vqe | qaoa.", DefaultValueFactory = _ => "classical" };
        method.AcceptOnlyFromAmong("exact", "classical", "vqe", "qaoa");
        var layers = new Option<int?>("--layers") { Description = "VQE ansatz layers (default 2) or QAOA depth p (default 1)." };
        var seed = new Option<int>("--seed") { Description = "Seed of all randomness.", DefaultValueFactory = _ => 0 };
        var maxCut = new Option<bool>("--maxcut") { Description = "Read the file as a Max-Cut graph; values are cut weights (maximised)." };
        var bestKnown = new Option<double?>("--best-known") { Description = "Best-known value (cut weight with --maxcut) for the approximation ratio; the classical search stops when it reaches it." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (camelCase keys) instead of a table." };
        var alpha = new Option<double?>("--alpha") { Description = "CVaR alpha in (0, 1] for vqe (default 0.2) and qaoa (default 1)." };
        var optimizer = new Option<string?>("--optimizer") { Description = "adam (default, adjoint gradients) | spsa | nelder-mead." };
        optimizer.AcceptOnlyFromAmong("adam", "spsa", "nelder-mead");
        var starts = new Option<int?>("--starts") { Description = "Optimizer starts (restarts for classical)." };
        var fixedAngles = new Option<bool>("--fixed-angles") { Description = "QAOA: start from the 3-regular Max-Cut fixed angles (p <= 11)." };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds after which vqe/qaoa/classical start no new work.", DefaultValueFactory = _ => 55 };
        var command = new Command("solve", "Solve an instance and print the report.") { file, method, layers, seed, maxCut, bestKnown, json, alpha, optimizer, starts, fixedAngles, timeLimit };
        command.SetAction(r =>
        {
            var request = new SolveRequest(
                r.GetValue(file)!, r.GetValue(method)!, r.GetValue(layers), r.GetValue(seed), r.GetValue(maxCut), r.GetValue(bestKnown),
                r.GetValue(json), r.GetValue(alpha), r.GetValue(optimizer), r.GetValue(starts), r.GetValue(fixedAngles), r.GetValue(timeLimit));
            return CommandErrors.Run(context, request.Path, () => Execute(context, request));
        });
        return command;
    }

    private static int Execute(CliContext context, SolveRequest request)
    {
        var instance = InstanceFile.Read(request.Path, request.MaxCut);
        var console = request.Json ? null : context.ProgressConsole;
        var report = SolveProgress.Run(console, $"{request.Method} on {Path.GetFileName(request.Path)}", progress => Solve(instance, request, progress));
        if (instance.IsMaxCut)
        {
            report = report.AsMaxCut();
        }
        if (request.BestKnown is double known && report.ReferenceSource != "exact")
        {
            report = report.WithReference(known, "best-known");
        }
        if (request.Json)
        {
            ReportJson.Write(context.Output, report, request.Path, instance.IsMaxCut ? "maxcut" : "qubo");
        }
        else
        {
            ReportTable.Write(context.OutputConsole, report, request.Path);
        }
        return 0;
    }

    private static SolverReport Solve(InstanceFile instance, SolveRequest r, IProgress<SolverProgress>? progress)
    {
        var limit = TimeSpan.FromSeconds(r.TimeLimitSeconds);
        double? target = r.BestKnown is double v ? (instance.IsMaxCut ? -v : v) : null;
        return r.Method switch
        {
            "exact" => ExactSolver.Solve(instance.Qubo, progress),
            "classical" => TabuSearch.Solve(instance.Qubo, new TabuSearchOptions
            {
                Seed = r.Seed, Restarts = r.Starts ?? new TabuSearchOptions().Restarts, TargetValue = target, TimeLimit = limit, Progress = progress,
            }),
            "vqe" => Vqe.Solve(instance.Qubo, new VqeOptions
            {
                Layers = r.Layers ?? 2, Seed = r.Seed, Alpha = r.Alpha ?? 0.2, Optimizer = r.CreateOptimizer(),
                Starts = r.Starts ?? 3, TimeLimit = limit, Progress = progress,
            }),
            "qaoa" => Qaoa.Solve(instance.Qubo, new QaoaOptions
            {
                Layers = r.Layers ?? 1, Seed = r.Seed, Alpha = r.Alpha ?? 1.0, Optimizer = r.CreateOptimizer(),
                Starts = r.Starts ?? 3, FixedAngleStart = r.FixedAngles, TimeLimit = limit, Progress = progress,
            }),
            _ => throw new ArgumentException($"Unknown method '{r.Method}'."),
        };
    }
}
