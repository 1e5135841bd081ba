using System.Globalization;
using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Core.Export;

/// <summary>Participant and group lists as CSV (for the venue, badges, spreadsheets).</summary>
public static class CsvExporter
{
    private static readonly string[] ParticipantColumns = ["Order", "Name", "Email", "Status", "Group", "AppliedAt"];

    /// <summary>One row per application, in arrival order, with one column per question.</summary>
    public static string Participants(Hackathon hackathon, IReadOnlyList<Registration> registrations, IReadOnlyList<Group> groups)
    {
        var groupOf = groups.SelectMany(g => g.Members.Select(m => (m.UserId, g.Name))).ToDictionary(x => x.UserId, x => x.Name);
        var questions = hackathon.Questions.OrderBy(q => q.Order).ToList();
        var table = new CsvTable().Row(ParticipantColumns.Concat(questions.Select(q => q.Text)));
        foreach (var r in registrations.OrderBy(r => r.Sequence))
        {
            table.Row(new[]
            {
                r.Sequence.ToString(CultureInfo.InvariantCulture),
                r.User?.DisplayName ?? "",
                r.User?.Email ?? "",
                r.Status.ToString(),
                groupOf.GetValueOrDefault(r.UserId, ""),
                r.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            }.Concat(questions.Select(q => r.Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Text ?? "")));
        }

        return table.ToString();
    }

    /// <summary>One row per group member; an empty group gets one row without a member.</summary>
    public static string Groups(IReadOnlyList<Group> groups)
    {
        var table = new CsvTable().Row("Group", "InviteCode", "Name", "Email");
        foreach (var g in groups.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            if (g.Members.Count == 0)
            {
                table.Row(g.Name, g.InviteCode, "", "");
            }

            foreach (var m in g.Members)
            {
                table.Row(g.Name, g.InviteCode, m.User?.DisplayName ?? "", m.User?.Email ?? "");
            }
        }

        return table.ToString();
    }
}
