using System.CommandLine;
using System.Text.Json.Nodes;
using HackathonPlatform.Cli.Output;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Solvers;
using Spectre.Console;

namespace HackathonPlatform.Cli.Commands;

/// <summary>`hackathon qubo info FILE [--maxcut] [--json]`: size, density and what a simulation would cost.</summary>
internal static class QuboInfoCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Instance in the Biq Mac sparse format." };
        var maxCut = new Option<bool>("--maxcut") { Description = "Read the file as a Max-Cut graph." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("info", "Print the size, density and state-vector memory of an instance.") { file, maxCut, json };
        command.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            return CommandErrors.Run(context, path, () => Execute(context, path, r.GetValue(maxCut), r.GetValue(json)));
        });
        return command;
    }

    private static int Execute(CliContext context, string path, bool maxCut, bool json)
    {
        var instance = InstanceFile.Read(path, maxCut);
        var q = instance.Qubo;
        int n = q.VariableCount;
        double stateBytes = MemoryBudget.StateVectorBytes(n);
        bool fits = n <= 30 && 3 * stateBytes <= MemoryBudget.AvailableBytes;
        var info = new JsonObject
        {
            ["file"] = path,
            ["problem"] = instance.IsMaxCut ? "maxcut" : "qubo",
            ["variables"] = n,
            ["edges"] = instance.Graph?.Edges.Count,
            ["linearTerms"] = q.LinearCoefficients.Count(a => a != 0),
            ["quadraticTerms"] = q.QuadraticTermCount,
            ["density"] = q.Density,
            ["stateVectorBytes"] = stateBytes,
            ["stateVectorMemory"] = MemoryBudget.Format(stateBytes),
            ["availableMemory"] = MemoryBudget.Format(MemoryBudget.AvailableBytes),
            ["exactFeasible"] = n <= ExactSolver.MaxVariables,
            ["simulationFeasible"] = fits,
        };
        if (json)
        {
            context.Output.WriteLine(info.ToJsonString(ReportJson.Options));
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("field").AddColumn("value");
        foreach (var (key, value) in info)
        {
            if (value is not null)
            {
                table.AddRow(Markup.Escape(key), Markup.Escape(value.ToString()));
            }
        }
        context.OutputConsole.Write(table);
        context.Output.WriteLine(fits
            ? $"A state vector of {n} qubits takes {MemoryBudget.Format(stateBytes)} (VQE/QAOA keep three for adjoint gradients)."
            : $"A state vector of {n} qubits would take {MemoryBudget.Format(stateBytes)}: too large for vqe/qaoa here; use classical.");
        return 0;
    }
}
