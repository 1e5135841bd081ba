using System.Globalization;
using HackathonPlatform.Core.Export;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Grading.Exercises;

namespace HackathonPlatform.Web.Grading;

/// <summary>A hackathon's gradebook: every group (and individual who submitted) × every exercise, and its CSV.</summary>
public sealed class Gradebook(ExerciseCatalogProvider exercises, HackathonService hackathons, GradingQueries queries, GroupService groups, OwnerNames names)
{
    /// <summary>The hackathon's exercises and one row per owner, by name.</summary>
    public async Task<(IReadOnlyList<Exercise> Exercises, IReadOnlyList<GradebookRow> Rows)> TableAsync(int hackathonId, CancellationToken ct)
    {
        var hackathon = await hackathons.FindAsync(hackathonId, ct);
        if (hackathon is null)
        {
            return ([], []);
        }

        var list = exercises.Catalog.ForHackathon(hackathon.Slug);
        var submissions = (await queries.ForHackathonAsync(hackathonId, ct)).Where(s => list.Any(e => e.Id == s.ExerciseId)).ToList();
        var ownerNames = await names.ForHackathonAsync(hackathonId, ct);
        var owners = submissions.Select(s => s.OwnerKey)
            .Concat(list.Any(e => e.IsGroupExercise) ? (await groups.ListAsync(hackathonId, ct)).Select(g => WorkspaceOwner.ForGroup(g.Id).Key) : [])
            .Distinct(StringComparer.Ordinal);
        var rows = owners.Select(owner =>
        {
            var mine = submissions.Where(s => s.OwnerKey == owner).ToList();
            var latest = mine.Where(s => s.Result is not null).GroupBy(s => s.ExerciseId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Attempt)!, StringComparer.Ordinal);
            var attempts = mine.GroupBy(s => s.ExerciseId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new GradebookRow(owner, ownerNames.GetValueOrDefault(owner, owner), latest, attempts);
        }).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return (list, rows);
    }

    /// <summary>The gradebook as CSV: per exercise the final score, its maximum, attempts and whether it was late.</summary>
    public async Task<string> CsvAsync(int hackathonId, CancellationToken ct)
    {
        var (list, rows) = await TableAsync(hackathonId, ct);
        var header = new List<string> { "Name", "Owner" };
        foreach (var e in list)
        {
            header.AddRange([$"{e.Id} score", $"{e.Id} max", $"{e.Id} attempts", $"{e.Id} late", $"{e.Id} needs manual grading"]);
        }

        var table = new CsvTable().Row([.. header, "Total"]);
        foreach (var row in rows)
        {
            var fields = new List<string> { row.Name, row.OwnerKey };
            foreach (var e in list)
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
