namespace HackathonPlatform.Core.Learning;

/// <summary>Shape checks on the ids the hub passes in; existence is checked by the hub against the course catalogue.</summary>
internal static class LearningValidation
{
    public static Dictionary<string, string[]> Ids(string courseId, string lectureId, string? quizId = null)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "course", courseId);
        Check(errors, "lecture", lectureId);
        if (quizId is not null)
        {
            Check(errors, "quiz", quizId);
        }

        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > LearningLimits.IdLength)
        {
            errors[field] = [$"The {field} id must have 1 to {LearningLimits.IdLength} characters."];
        }
    }
}
