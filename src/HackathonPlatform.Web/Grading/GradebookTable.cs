using System.Globalization;
using HackathonPlatform.Core.Export;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;

namespace HackathonPlatform.Web.Grading;

/// <summary>A gradebook, a hackathon's or a course's: owners × exercises, the same columns on the page and in the CSV.</summary>
/// <param name="Exercises">The columns.</param>
/// <param name="Rows">One row per group or person, by name.</param>
public sealed record GradebookTable(IReadOnlyList<Exercise> Exercises, IReadOnlyList<GradebookRow> Rows)
{
    /// <summary>
    /// Rows from submissions: per owner and exercise the latest graded attempt counts (a regrade replaces
    /// that attempt's result, it adds no row, so nothing counts twice).
    /// </summary>
    /// <param name="exercises">The columns; submissions of other exercises are ignored.</param>
    /// <param name="submissions">The submissions.</param>
    /// <param name="extraOwners">Owners shown even without a submission (a hackathon's groups).</param>
    /// <param name="nameOf">Display name of an owner key.</param>
    public static GradebookTable Build(IReadOnlyList<Exercise> exercises, IEnumerable<SubmissionSummary> submissions, IEnumerable<string> extraOwners, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentNullException.ThrowIfNull(nameOf);
        var ids = exercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relevant = submissions.Where(s => ids.Contains(s.ExerciseId)).ToList();
        var rows = relevant.Select(s => s.OwnerKey).Concat(extraOwners).Distinct(StringComparer.Ordinal).Select(owner =>
        {
            var mine = relevant.Where(s => s.OwnerKey == owner).ToList();
            var latest = mine.Where(s => s.Result is not null).GroupBy(s => s.ExerciseId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Attempt)!, StringComparer.Ordinal);
            var attempts = mine.GroupBy(s => s.ExerciseId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new GradebookRow(owner, nameOf(owner), latest, attempts);
        }).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.OwnerKey, StringComparer.Ordinal).ToList();
        return new GradebookTable(exercises, rows);
    }

    /// <summary>The CSV: name, owner key, per exercise the final score, its maximum, attempts, late and needs manual grading; the total.</summary>
    public string ToCsv()
    {
        var header = new List<string> { "Name", "Owner" };
        foreach (var e in Exercises)
        {
            header.AddRange([$"{e.Id} score", $"{e.Id} max", $"{e.Id} attempts", $"{e.Id} late", $"{e.Id} needs manual grading"]);
        }

        var table = new CsvTable().Row([.. header, "Total"]);
        foreach (var row in Rows)
        {
            var fields = new List<string> { row.Name, row.OwnerKey };
            foreach (var e in Exercises)
            {
                var s = row.Latest.GetValueOrDefault(e.Id);
                fields.AddRange([
                    s?.Result is { } r ? N(r.FinalScore) : "",
                    N(e.MaxPoints),
                    row.Attempts.GetValueOrDefault(e.Id).ToString(CultureInfo.InvariantCulture),
                    s is null ? "" : s.IsLate ? "yes" : "no",
                    s?.Result is { } m ? (m.NeedsManualGrading ? "yes" : "no") : "",
                ]);
            }

            table.Row([.. fields, N(row.Total)]);
        }

        return table.ToString();
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
