namespace HackathonPlatform.Core.Entities;

/// <summary>An applicant's answer to one question.</summary>
public class ApplicationAnswer
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The application it belongs to.</summary>
    public int RegistrationId { get; set; }

    /// <summary>The question answered.</summary>
    public int QuestionId { get; set; }

    /// <summary>The question answered.</summary>
    public ApplicationQuestion? Question { get; set; }

    /// <summary>The answer text.</summary>
    public string Text { get; set; } = "";
}
