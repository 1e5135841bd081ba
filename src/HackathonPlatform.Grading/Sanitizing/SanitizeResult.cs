using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Sanitizing;

/// <summary>The outcome of sanitizing a submission.</summary>
/// <param name="Notebook">The notebook ready to execute, or null when the submission was unreadable.</param>
/// <param name="Flags">Findings, in the order they were made.</param>
/// <param name="Error">Why the submission could not be read, or null.</param>
public sealed record SanitizeResult(Notebook? Notebook, IReadOnlyList<GradingFlag> Flags, string? Error)
{
    /// <summary>Whether a notebook came out.</summary>
    public bool Succeeded => Notebook is not null;
}
