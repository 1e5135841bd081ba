using Spectre.Console;

namespace HackathonPlatform.Cli;

/// <summary>Where commands write: results to <see cref="Output"/>, errors and progress to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A Spectre console over <see cref="Output"/> for tables (plain text when redirected).</summary>
    public IAnsiConsole OutputConsole { get; } = CreateConsole(output);

    /// <summary>
    /// A Spectre console for progress bars, on stderr so that stdout stays parseable; only when stderr is
    /// the real, interactive terminal (tests and pipes get no bar).
    /// </summary>
    public IAnsiConsole? ProgressConsole { get; } =
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? CreateConsole(error) : null;

    /// <summary>Writes "error: message" to stderr.</summary>
    public int Fail(string message, int exitCode = 1)
    {
        Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        bool terminal = (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
            || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }
}
