namespace HackathonPlatform.Learning.Quizzes;

/// <summary>How a quiz question is answered.</summary>
public enum QuizType
{
    /// <summary>Exactly one option is chosen (radio buttons); exactly one option is correct.</summary>
    SingleChoice,

    /// <summary>Any non-empty set of options is chosen (check boxes); correct means exactly the correct set.</summary>
    MultipleChoice,

    /// <summary>A number is typed; correct means within the absolute tolerance of the answer.</summary>
    Numeric,
}
