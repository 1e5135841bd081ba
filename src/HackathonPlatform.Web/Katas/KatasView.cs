using HackathonPlatform.Katas;

namespace HackathonPlatform.Web.Katas;

/// <summary>What the kata pages show: our Q# exercises as the first kata, then the Quantum Katas.</summary>
/// <param name="Katas">All katas, ours first.</param>
/// <param name="PlatformExercises">Our exercises as read from exercises/qsharp-*.</param>
/// <param name="Version">The qsharp-lang version.</param>
/// <param name="Unavailable">Why there are no katas (toolchain missing), or null.</param>
public sealed record KatasView(IReadOnlyList<Kata> Katas, IReadOnlyList<QsharpExercise> PlatformExercises, string Version, string? Unavailable)
{
    /// <summary>Finds a kata.</summary>
    public Kata? FindKata(string id) => Katas.FirstOrDefault(k => k.Id == id);

    /// <summary>Finds an exercise of a kata.</summary>
    public KataExercise? FindExercise(string kata, string exercise) => FindKata(kata)?.Exercises.FirstOrDefault(e => e.Id == exercise);

    internal static KatasView Create(KataCatalog catalog, IReadOnlyList<QsharpExercise> own)
    {
        var platform = new Kata(
            KatasHub.PlatformKataId,
            "Hackathon Q# exercises",
            true,
            "Q# exercises of our hackathons: the VQE ansatz and the QAOA cost layer, written to match the platform's C# quantum library.",
            [.. own.Select(e => new KataExercise(e.Id, KatasHub.PlatformKataId, e.Title, e.ReadmeMarkdown, e.PlaceholderCode, [e.SolutionCode], []))]);
        return new KatasView(own.Count > 0 ? [platform, .. catalog.Katas] : catalog.Katas, own, catalog.Version, null);
    }

    internal static KatasView Failed(string reason) => new([], [], "", reason);
}
