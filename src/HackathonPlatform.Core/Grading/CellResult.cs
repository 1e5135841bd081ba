using System.Text.Json;

namespace HackathonPlatform.Core.Grading;

/// <summary>
/// One graded cell as stored in <see cref="Entities.GradeResult.CellsJson"/>. Safe to show to the
/// participant: cells with hidden tests carry no output (it could quote the hidden code).
/// </summary>
/// <param name="GradeId">The nbgrader grade_id.</param>
/// <param name="Kind">AutograderTests, ManuallyGradedAnswer, ManuallyGradedTask ...</param>
/// <param name="Points">Automatic points, or null when a tutor decides.</param>
/// <param name="MaxPoints">Points the cell is worth.</param>
/// <param name="Status">Passed, Failed, PartialCredit, TimedOut, NotRun, NeedsManualGrading, Unanswered, Missing.</param>
/// <param name="HasHiddenTests">Participants see pass/fail and points only.</param>
/// <param name="Output">A plain-text summary of the output, or null.</param>
/// <param name="Flags">Findings about this cell, as sentences.</param>
public sealed record CellResult(
    string GradeId,
    string Kind,
    double? Points,
    double MaxPoints,
    string Status,
    bool HasHiddenTests,
    string? Output,
    IReadOnlyList<string> Flags)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a tutor grades the cell by hand.</summary>
    public bool IsManual => Kind is "ManuallyGradedAnswer" or "ManuallyGradedTask";

    /// <summary>Serialises a list for storage.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>JSON text.</returns>
    public static string Serialize(IReadOnlyList<CellResult> cells) => JsonSerializer.Serialize(cells, Json);

    /// <summary>Reads a stored list; an unreadable value gives an empty list.</summary>
    /// <param name="json">The stored text.</param>
    /// <returns>The cells.</returns>
    public static IReadOnlyList<CellResult> Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<CellResult>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
