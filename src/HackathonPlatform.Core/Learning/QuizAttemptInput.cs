namespace HackathonPlatform.Core.Learning;

/// <summary>A graded quiz answer to store. The hub grades it first (with the Learning library) and stores valid submissions only.</summary>
/// <param name="UserId">The learner's account id.</param>
/// <param name="CourseId">The course folder name.</param>
/// <param name="LectureId">The lecture id.</param>
/// <param name="QuizId">The quiz id within the lecture.</param>
/// <param name="Answers">The submitted values (option ids or one number), blank ones already dropped.</param>
/// <param name="IsCorrect">The verdict.</param>
public sealed record QuizAttemptInput(string UserId, string CourseId, string LectureId, string QuizId, IReadOnlyList<string> Answers, bool IsCorrect);
