using System.CommandLine;

namespace HackathonPlatform.Cli.Commands;

/// <summary>`hackathon notebook`: notebooks run in sandboxed kernel processes.</summary>
internal static class NotebookCommands
{
    public static Command Create(CliContext context)
    {
        var notebook = new Command("notebook", "Run notebooks in sandboxed C# kernel processes.");
        notebook.Subcommands.Add(NotebookRunCommand.Create(context));
        return notebook;
    }
}
