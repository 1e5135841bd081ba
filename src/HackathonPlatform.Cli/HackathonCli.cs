using System.CommandLine;
using HackathonPlatform.Cli.Commands;

namespace HackathonPlatform.Cli;

/// <summary>
/// The `hackathon` command line. Each feature adds its command group in its own file under Commands/
/// (qubo today; notebook, exercise, grade and job later) and registers it here.
/// </summary>
public static class HackathonCli
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("HackathonPlatform tools: QUBO solvers and quantum simulation from the command line.");
        root.Subcommands.Add(QuboCommands.Create(context));
        root.Subcommands.Add(NotebookCommands.Create(context));
        root.Subcommands.Add(ExerciseCommands.Create(context));
        root.Subcommands.Add(GradeCommands.Create(context));
        root.Subcommands.Add(JobCommands.Create(context));
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(invocation);
    }
}
