using System.CommandLine;

namespace HackathonPlatform.Cli.Commands;

/// <summary>`hackathon qubo`: QUBO and Max-Cut instances (Biq Mac sparse format).</summary>
internal static class QuboCommands
{
    public static Command Create(CliContext context)
    {
        var qubo = new Command("qubo", "Inspect and solve QUBO / Max-Cut instances in the Biq Mac sparse format.");
        qubo.Subcommands.Add(QuboSolveCommand.Create(context));
        qubo.Subcommands.Add(QuboInfoCommand.Create(context));
        return qubo;
    }
}
