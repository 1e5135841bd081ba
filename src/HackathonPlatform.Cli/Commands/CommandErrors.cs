using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// Turns the expected failures of a command into one line on stderr and an exit code:
/// 1 = the input file is missing or malformed (the message names the file and line),
/// 2 = the request is invalid or too large (the message says why). Anything else is a bug and propagates.
/// </summary>
internal static class CommandErrors
{
    public const int BadInput = 1;
    public const int BadRequest = 2;

    public static int Run(CliContext context, string path, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InstanceFormatException ex)
        {
            return context.Fail(ex.Message, BadInput);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return context.Fail($"{path}: file not found.", BadInput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"{path}: {ex.Message}", BadInput);
        }
        catch (Exception ex) when (ex is ArgumentException or InsufficientMemoryException)
        {
            return context.Fail($"{path}: {Reason(ex)}", BadRequest);
        }
    }

    // ArgumentException appends "(Parameter 'x')" and "Actual value was ..." for developers; users get the reason.
    private static string Reason(Exception ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
