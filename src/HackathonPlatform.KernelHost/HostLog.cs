namespace HackathonPlatform.KernelHost;

/// <summary>
/// Logs to the real stderr stream opened at startup, never through <see cref="Console.Error"/>:
/// while a cell runs the kernel captures Console, so a log line would become cell output.
/// </summary>
internal static class HostLog
{
    private static readonly StreamWriter Writer = new(Console.OpenStandardError()) { AutoFlush = true };
    private static readonly Lock Gate = new();

    public static TextWriter Stream => Writer;

    public static void Write(string message)
    {
        lock (Gate)
        {
            Writer.WriteLine($"[hackathon-kernel {DateTime.UtcNow:HH:mm:ss.fff}] {message}");
        }
    }
}
