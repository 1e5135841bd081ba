using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.Extensions.Logging;

namespace HackathonPlatform.Core.Registrations;

/// <summary>
/// Stores notifications with the change that caused them (one transaction) and writes them to the log,
/// which is the embedded default's mailbox.
/// </summary>
public sealed class StoredNotifier(HubDbContext db, TimeProvider clock, ILogger<StoredNotifier> logger) : INotifier
{
    /// <inheritdoc />
    public void Notify(string userId, string subject, string body)
    {
        db.Notifications.Add(new Notification { UserId = userId, Subject = subject, Body = body, CreatedAt = clock.GetUtcNow() });
        logger.LogInformation("Notification to {UserId}: {Subject} — {Body}", userId, subject, body);
    }
}
