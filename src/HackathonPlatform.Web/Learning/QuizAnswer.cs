using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Quizzes;

namespace HackathonPlatform.Web.Learning;

/// <summary>The hub's answer to a quiz submission.</summary>
/// <param name="Lecture">The lecture the quiz belongs to.</param>
/// <param name="Result">The verdict, or validation errors (then nothing was stored).</param>
/// <param name="Answers">The submitted values that were graded, blank ones dropped.</param>
/// <param name="LectureDone">Whether the lecture is now done because every one of its quizzes has been passed.</param>
public sealed record QuizAnswer(Lecture Lecture, QuizCheckResult Result, IReadOnlyList<string> Answers, bool LectureDone);
