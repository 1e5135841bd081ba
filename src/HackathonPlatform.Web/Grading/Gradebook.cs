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
        var table = await BuildAsync(hackathonId, ct);
        return (table.Exercises, table.Rows);
    }

    /// <summary>The gradebook as CSV: per exercise the final score, its maximum, attempts and whether it was late.</summary>
    public async Task<string> CsvAsync(int hackathonId, CancellationToken ct) => (await BuildAsync(hackathonId, ct)).ToCsv();

    private async Task<GradebookTable> BuildAsync(int hackathonId, CancellationToken ct)
    {
        var hackathon = await hackathons.FindAsync(hackathonId, ct);
        if (hackathon is null)
        {
            return new GradebookTable([], []);
        }

        var list = exercises.Catalog.ForHackathon(hackathon.Slug);
        var submissions = await queries.ForHackathonAsync(hackathonId, ct);
        var ownerNames = await names.ForHackathonAsync(hackathonId, ct);
        var groupOwners = list.Any(e => e.IsGroupExercise) ? (await groups.ListAsync(hackathonId, ct)).Select(g => WorkspaceOwner.ForGroup(g.Id).Key) : [];
        return GradebookTable.Build(list, submissions, groupOwners, owner => ownerNames.GetValueOrDefault(owner, owner));
    }
}
