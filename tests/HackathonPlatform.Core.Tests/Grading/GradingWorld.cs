using System.Text;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Tests.Infrastructure;
using HackathonPlatform.Core.Workspaces;

namespace HackathonPlatform.Core.Tests.Grading;

/// <summary>A hackathon with a group of two on a fresh database, and helpers that submit and grade.</summary>
internal sealed class GradingWorld(TestDatabase database, int hackathonId, int groupId, string memberId, string otherMemberId, ManualClock clock)
{
    public const string Exercise = "maxcut";

    public TestDatabase Database { get; } = database;

    public int HackathonId { get; } = hackathonId;

    public int GroupId { get; } = groupId;

    public string MemberId { get; } = memberId;

    public string OtherMemberId { get; } = otherMemberId;

    public ManualClock Clock { get; } = clock;

    public static byte[] Notebook(string text = "{\"cells\": []}") => Encoding.UTF8.GetBytes(text);

    public static async Task<GradingWorld> CreateAsync(TestDatabase database)
    {
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync();
        var a = await s.UserAsync("member-a");
        var b = await s.UserAsync("member-b");
        foreach (var u in new[] { a, b })
        {
            Assert.True((await s.Registrations.ApplyAsync(hackathon.Id, u.Id, Scenario.Answers(hackathon))).Succeeded);
        }

        var group = (await s.Groups.CreateAsync(hackathon.Id, "Qubits")).Value!;
        await s.Groups.AddMemberAsync(hackathon.Id, group.Id, a.Id);
        await s.Groups.AddMemberAsync(hackathon.Id, group.Id, b.Id);
        return new GradingWorld(database, hackathon.Id, group.Id, a.Id, b.Id, new ManualClock());
    }

    public SubmissionRequest Request(byte[]? notebook = null, string? submitter = null, DateTimeOffset? due = null, int? max = null) =>
        new(Exercise, HackathonId, WorkspaceOwner.ForGroup(GroupId), submitter ?? MemberId, notebook ?? Notebook(), due, max);

    public SubmissionService Submissions(Data.HubDbContext db) => new(db, Clock);

    public GradingJobStore Jobs(Data.HubDbContext db) => new(db, Clock);

    public async Task<int> SubmitAsync(byte[]? notebook = null)
    {
        await using var db = Database.NewContext();
        var outcome = await Submissions(db).SubmitAsync(Request(notebook));
        Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        return outcome.Value!.Id;
    }

    public static GradeRecord Record(double auto, double? manual = null, double manualMax = 3) => new()
    {
        AutoScore = auto,
        MaxScore = 7 + manualMax,
        Cells =
        [
            new CellResult("test_cut_value", "AutograderTests", auto, 7, auto == 7 ? "Passed" : "Failed", true, null, []),
            new CellResult("cvar_answer", "ManuallyGradedAnswer", manual, manualMax, "NeedsManualGrading", false, null, []),
        ],
        Flags = ["TamperedCell"],
        FeedbackHtml = "<p>feedback</p>",
    };
}
