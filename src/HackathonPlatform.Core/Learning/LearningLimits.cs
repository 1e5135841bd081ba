namespace HackathonPlatform.Core.Learning;

/// <summary>Column sizes of the learning tables; the service rejects longer values instead of truncating them.</summary>
public static class LearningLimits
{
    /// <summary>Longest course, lecture or quiz id (ids are folder and file names).</summary>
    public const int IdLength = 100;

    /// <summary>Longest stored answer text (all chosen option ids, or the typed number).</summary>
    public const int AnswersLength = 2000;

    /// <summary>Most answer values in one submission (more options than any quiz has is hostile input).</summary>
    public const int MaxAnswers = 50;
}
