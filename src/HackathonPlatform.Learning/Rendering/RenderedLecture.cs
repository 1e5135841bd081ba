using HackathonPlatform.Learning.Quizzes;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>What rendering a lecture body produced.</summary>
internal sealed record RenderedLecture(string Html, IReadOnlyList<Quiz> Quizzes, string PlainText, bool HasTranscript);
