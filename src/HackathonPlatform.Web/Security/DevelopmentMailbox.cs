using System.Collections.Concurrent;

namespace HackathonPlatform.Web.Security;

/// <summary>
/// The embedded default's outgoing mail: messages are written to the log (where an administrator or a
/// tester reads confirmation and reset links) and the last ones are kept in memory for the tests.
/// </summary>
public sealed class DevelopmentMailbox(ILogger<DevelopmentMailbox> logger)
{
    private readonly ConcurrentQueue<MailMessage> messages = new();

    /// <summary>Messages sent since start, oldest first (at most 1,000 kept).</summary>
    public IReadOnlyCollection<MailMessage> Messages => messages;

    /// <summary>"Sends" a message: logs it and keeps it.</summary>
    public void Send(string to, string subject, string body)
    {
        messages.Enqueue(new MailMessage(to, subject, body));
        while (messages.Count > 1000 && messages.TryDequeue(out _))
        {
        }

        logger.LogWarning("Mail to {To}: {Subject}\n{Body}", to, subject, body);
    }
}

/// <summary>A mail as "sent" by <see cref="DevelopmentMailbox"/>.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Body">Plain text body with links.</param>
public sealed record MailMessage(string To, string Subject, string Body);
