using HackathonPlatform.Learning.Quizzes;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class QuizCheckerTests
{
    private static readonly Catalog.Lecture Lecture = TempCourses.LectureWithBody(QuizRenderingTests.TwoQuizzes + """

        ```quiz
        id: detectors
        type: multiple
        question: Which are calorimeters?
        options:
          - {id: ecal, text: ECAL, correct: true}
          - {id: hcal, text: HCAL, correct: true}
          - {id: tracker, text: Silicon tracker, feedback: "It measures momentum, not energy."}
        ```
        """);

    private static QuizCheckResult Check(string quiz, params string[] answers) =>
        QuizChecker.Check(Lecture, new QuizSubmission(quiz, answers));

    [Fact]
    public void A_correct_single_choice_answer_is_correct_and_shows_the_explanation()
    {
        var result = Check("learning-rate", "diverge");

        Assert.True(result.IsValid);
        Assert.True(result.IsCorrect);
        Assert.Contains("Large steps overshoot", result.ExplanationHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_single_choice_answer_gets_per_option_feedback()
    {
        var result = Check("learning-rate", "slow");

        Assert.False(result.IsCorrect);
        var slow = Assert.Single(result.Options, o => o.OptionId == "slow");
        Assert.True(slow.WasSelected);
        Assert.False(slow.IsRightChoice);
        Assert.Contains("SECRET-FEEDBACK-WRONG", slow.FeedbackHtml, StringComparison.Ordinal);
        Assert.NotNull(result.ExplanationHtml);
    }

    [Theory]
    [InlineData(true, "ecal", "hcal")]
    [InlineData(true, "hcal", "ecal", "ecal")]
    [InlineData(false, "ecal")]
    [InlineData(false, "ecal", "hcal", "tracker")]
    public void Multiple_choice_is_correct_only_for_exactly_the_correct_set(bool correct, params string[] answers) =>
        Assert.Equal(correct, Check("detectors", answers).IsCorrect);

    [Theory]
    [InlineData("91.1876", true)]
    [InlineData("91.2", true)]
    [InlineData(" 91.14 ", true)]
    [InlineData("9.11876e1", true)]
    [InlineData("91.3", false)]
    [InlineData("-91.19", false)]
    public void Numeric_answers_are_correct_within_the_tolerance(string answer, bool correct)
    {
        var result = Check("mass", answer);

        Assert.True(result.IsValid);
        Assert.Equal(correct, result.IsCorrect);
        Assert.Equal("91.1876 ± 0.05 GeV", result.ExpectedAnswerText);
    }

    [Theory]
    [InlineData("nope", new string[] { "diverge" }, "Unknown quiz")]
    [InlineData("learning-rate", new string[] { }, "Choose an option")]
    [InlineData("learning-rate", new string[] { "" }, "Choose an option")]
    [InlineData("learning-rate", new string[] { "zzz" }, "Unknown option")]
    [InlineData("learning-rate", new string[] { "diverge", "slow" }, "exactly one")]
    [InlineData("detectors", new string[] { }, "at least one")]
    [InlineData("detectors", new string[] { "ecal", "muon" }, "Unknown option(s): muon")]
    [InlineData("mass", new string[] { }, "Enter a number")]
    [InlineData("mass", new string[] { "ninety" }, "not a number")]
    [InlineData("mass", new string[] { "91,2" }, "not a number")]
    [InlineData("mass", new string[] { "NaN" }, "not a number")]
    [InlineData("mass", new string[] { "1", "2" }, "single number")]
    public void Malformed_submissions_are_validation_errors_not_wrong_answers(string quiz, string[] answers, string error)
    {
        var result = Check(quiz, answers);

        Assert.False(result.IsValid);
        Assert.False(result.IsCorrect);
        Assert.Null(result.ExplanationHtml);
        Assert.Contains(error, Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
