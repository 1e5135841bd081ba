namespace HackathonPlatform.Core.Entities;

/// <summary>A message to one account (acceptance, promotion from the wait-list...), shown in the hub and mailed.</summary>
public class Notification
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The recipient.</summary>
    public string UserId { get; set; } = "";

    /// <summary>Short subject line.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Plain-text body.</summary>
    public string Body { get; set; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Whether the recipient has seen it.</summary>
    public bool IsRead { get; set; }
}
