using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Learning.Progress;

/// <summary>One line of a course's progress page.</summary>
/// <param name="Lecture">The lecture.</param>
/// <param name="IsDone">Whether the learner has finished it.</param>
/// <param name="IsNext">Whether it is the lecture to resume with.</param>
public sealed record LectureStatus(Lecture Lecture, bool IsDone, bool IsNext);
