namespace HackathonPlatform.Core;

/// <summary>Field limits shared by validation and the database schema.</summary>
public static class HackathonLimits
{
    /// <summary>Maximum slug length.</summary>
    public const int SlugLength = 60;

    /// <summary>Maximum title length.</summary>
    public const int TitleLength = 200;

    /// <summary>Maximum venue length.</summary>
    public const int VenueLength = 200;

    /// <summary>Maximum description length (Markdown source).</summary>
    public const int DescriptionLength = 20_000;

    /// <summary>Maximum question length.</summary>
    public const int QuestionLength = 500;

    /// <summary>Maximum answer length.</summary>
    public const int AnswerLength = 2_000;

    /// <summary>Maximum group name length.</summary>
    public const int GroupNameLength = 80;

    /// <summary>Maximum number of application questions.</summary>
    public const int MaxQuestions = 20;

    /// <summary>Largest capacity accepted.</summary>
    public const int MaxCapacity = 10_000;
}
