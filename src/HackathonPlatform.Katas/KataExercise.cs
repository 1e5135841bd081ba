namespace HackathonPlatform.Katas;

/// <summary>An exercise of a kata: the learner replaces the placeholder with a solution.</summary>
/// <param name="Id">The exercise's id, unique over all katas, e.g. <c>getting_started__flip_qubit</c>.</param>
/// <param name="KataId">The kata it belongs to.</param>
/// <param name="Title">Its title.</param>
/// <param name="DescriptionMarkdown">The task (Markdown with LaTeX; render it sanitised).</param>
/// <param name="PlaceholderCode">The Q# the learner starts from; it fails the check.</param>
/// <param name="ReferenceSolutions">The kata's reference solutions (one or more); they pass. Do not show before the learner asks.</param>
/// <param name="Hints">Hints from the kata's text, possibly none.</param>
public sealed record KataExercise(
    string Id,
    string KataId,
    string Title,
    string DescriptionMarkdown,
    string PlaceholderCode,
    IReadOnlyList<string> ReferenceSolutions,
    IReadOnlyList<string> Hints);
