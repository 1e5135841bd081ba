namespace HackathonPlatform.Katas;

/// <summary>One of the Quantum Katas shipped in qsharp-lang (MIT): a sequence of lessons and exercises.</summary>
/// <param name="Id">The kata's id, e.g. <c>single_qubit_gates</c> (URL-safe).</param>
/// <param name="Title">Its title.</param>
/// <param name="Published">False for katas qsharp-lang ships but does not list yet (e.g. nonlocal_games).</param>
/// <param name="IntroductionMarkdown">The opening text of its first lesson (Markdown with LaTeX and some HTML).</param>
/// <param name="Exercises">Its exercises, in the kata's order.</param>
public sealed record Kata(string Id, string Title, bool Published, string IntroductionMarkdown, IReadOnlyList<KataExercise> Exercises);
