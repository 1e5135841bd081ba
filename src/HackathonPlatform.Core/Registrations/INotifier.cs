namespace HackathonPlatform.Core.Registrations;

/// <summary>Tells an account about something that happened to it (stored in the hub and mailed).</summary>
public interface INotifier
{
    /// <summary>Queues a notification in the current unit of work; the caller saves it.</summary>
    void Notify(string userId, string subject, string body);
}
