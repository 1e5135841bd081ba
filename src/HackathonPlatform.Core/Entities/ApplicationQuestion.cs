namespace HackathonPlatform.Core.Entities;

/// <summary>A question on a hackathon's application form.</summary>
public class ApplicationQuestion
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The hackathon that asks it.</summary>
    public int HackathonId { get; set; }

    /// <summary>Position on the form, from 0.</summary>
    public int Order { get; set; }

    /// <summary>The question text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Answers are declared skills that automatic group formation spreads across groups.</summary>
    public bool IsSkill { get; set; }

    /// <summary>An applicant must answer it.</summary>
    public bool IsRequired { get; set; } = true;
}
