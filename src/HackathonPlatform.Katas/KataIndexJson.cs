namespace HackathonPlatform.Katas;

// The JSON katas-index.mjs prints; kept apart from the public records so the wire format can change.
internal sealed record KataIndexJson(string Version, List<KataJson> Katas);

internal sealed record KataJson(string Id, string Title, bool Published, string Introduction, List<KataExerciseJson> Exercises);

internal sealed record KataExerciseJson(string Id, string Title, string Description, string Placeholder, List<string> Solutions, List<string> Hints);
