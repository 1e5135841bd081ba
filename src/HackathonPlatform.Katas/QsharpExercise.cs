namespace HackathonPlatform.Katas;

/// <summary>One of our Q# exercises in the katas' shape (exercises/qsharp-*/).</summary>
/// <param name="Id">The folder's name, e.g. <c>qsharp-vqe-ansatz</c>.</param>
/// <param name="Title">From exercise.yml.</param>
/// <param name="Summary">From exercise.yml.</param>
/// <param name="ReadmeMarkdown">README.md: goal, background, what is graded.</param>
/// <param name="PlaceholderCode">Placeholder.qs: what the learner starts from; compiles, fails the check.</param>
/// <param name="SolutionCode">Solution.qs: the reference solution; passes.</param>
/// <param name="VerificationCode">Verification.qs: defines <c>Kata.Verification.CheckSolution()</c>.</param>
public sealed record QsharpExercise(string Id, string Title, string Summary, string ReadmeMarkdown, string PlaceholderCode, string SolutionCode, string VerificationCode);
