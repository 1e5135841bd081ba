using System.Net;
using System.Net.Http.Json;
using System.Text;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;
using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

public sealed class ExerciseSubmissionTests(GradingHubFactory hub) : IClassFixture<GradingHubFactory>
{
    [Fact]
    public async Task The_released_notebook_has_stubs_and_no_solutions_or_hidden_tests()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "release-reader");
        var release = await p.ReleaseAsync();

        Assert.Contains("throw new NotImplementedException();", release, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN SOLUTION", release, StringComparison.Ordinal);
        Assert.All(SubmissionNotebooks.HiddenSnippets, h => Assert.DoesNotContain(h, release, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_solved_notebook_is_stored_byte_for_byte_and_autograded_seven_of_ten_pending_the_written_answer()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "solver");
        var bytes = SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await p.ReleaseAsync()));
        var graded = await p.SubmitAndWaitAsync(bytes);

        Assert.Equal("graded", graded.Status);
        Assert.Equal(7, graded.Score);
        Assert.Equal(10, graded.MaxScore);
        Assert.False(graded.Released);
        Assert.Null(graded.FinalScore);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), graded.Sha256);
        Assert.Equal("NeedsManualGrading", graded.Tests.Single(t => t.GradeId == "cvar_answer").Status);
        Assert.All(graded.Tests.Where(t => t.HiddenTests), t => Assert.Null(t.Output));
        var stored = await hub.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Core.Data.HubDbContext>().Submissions.Single(s => s.Id == graded.Id).Notebook));
        Assert.Equal(bytes, stored);
    }

    [Fact]
    public async Task The_unsolved_release_scores_zero_and_every_test_fails()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "idler");
        var graded = await p.SubmitAndWaitAsync(Encoding.UTF8.GetBytes(await p.ReleaseAsync()));

        Assert.Equal(0, graded.Score);
        Assert.All(graded.Tests.Where(t => t.Kind == "AutograderTests"), t => Assert.Equal("Failed", t.Status));
    }

    [Theory]
    [InlineData("")]
    [InlineData("this is not a notebook")]
    [InlineData("{\"cells\": 42}")]
    [InlineData("%PDF-1.7 binary")]
    public async Task What_is_not_a_notebook_is_refused_with_a_problem_and_costs_no_attempt(string content)
    {
        using var p = await GradingClient.ParticipantAsync(hub, "wrong-file-" + Guid.NewGuid().ToString("N")[..6]);
        using var response = await p.SubmitAsync(Encoding.UTF8.GetBytes(content), fileName: "report.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("Notebook", problem!.Errors.Keys);
        Assert.Empty((await p.Client.Http.GetFromJsonAsync<List<SubmissionDto>>($"/api/exercises/{GradingHubFactory.Exercise}/submissions"))!);
    }

    [Fact]
    public async Task A_tampered_test_cell_is_restored_and_flagged_and_still_grades_the_answer()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "tamperer");
        var notebook = SubmissionNotebooks.Solved(await p.ReleaseAsync());
        SubmissionNotebooks.Cell(notebook, "test_max_cut").Source = "// tests? what tests?";
        var graded = await p.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(notebook));

        Assert.Equal(7, graded.Score);
        var flags = await TutorFlagsAsync(graded.Id);
        Assert.Contains("tampered cell restored", flags, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_and_duplicated_grade_cells_are_repaired_flagged_and_graded()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "deleter");
        var notebook = SubmissionNotebooks.Solved(await p.ReleaseAsync());
        notebook.Cells.Remove(SubmissionNotebooks.Cell(notebook, "test_cut_value"));
        notebook.Cells.Add(SubmissionNotebooks.Cell(notebook, "max_cut").Clone());
        var graded = await p.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(notebook));

        Assert.Equal("graded", graded.Status);
        var flags = await TutorFlagsAsync(graded.Id);
        Assert.Contains("deleted cell restored", flags, StringComparison.Ordinal);
        Assert.Contains("duplicated cell", flags, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_submission_is_flagged_and_penalised_and_the_limit_refuses_the_third()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "latecomer", withGroup: false);
        var solved = SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await p.ReleaseAsync(GradingHubFactory.PastDue)));
        var first = await p.SubmitAndWaitAsync(solved, GradingHubFactory.PastDue);
        await p.SubmitAndWaitAsync(solved, GradingHubFactory.PastDue);
        using var third = await p.SubmitAsync(solved, GradingHubFactory.PastDue);

        Assert.True(first.IsLate);
        Assert.Equal(7, first.Score);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("Submissions", (await third.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        var exercise = await p.Client.Http.GetFromJsonAsync<ExerciseDto>($"/api/exercises/{GradingHubFactory.PastDue}");
        Assert.Equal(0, exercise!.SubmissionsLeft);
        Assert.False(exercise.CanSubmit);

        using var tutor = hub.NewClient();
        await tutor.SignInAsync(Infrastructure.HubFactory.AdminEmail, Infrastructure.HubFactory.AdminPassword);
        var page = await tutor.Http.GetStringAsync($"/grading/submissions/{first.Id}");
        Assert.Contains("late penalty 7", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_into_my_groups_workspace_writes_the_release_once_and_never_overwrites()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "worker-bee");
        using var first = await p.Client.Http.PostAsync($"/api/exercises/{GradingHubFactory.Exercise}/workspace", null);
        var copy = await first.Content.ReadFromJsonAsync<WorkspaceCopyDto>();
        using var second = await p.Client.Http.PostAsync($"/api/exercises/{GradingHubFactory.Exercise}/workspace", null);

        Assert.True(copy!.Written);
        Assert.False((await second.Content.ReadFromJsonAsync<WorkspaceCopyDto>())!.Written);
        var root = hub.Services.GetRequiredService<IWorkspaceFiles>().RootOf(WorkspaceOwner.ForGroup(p.Group!.Id));
        Assert.EndsWith($"group-{p.Group.Id}", root, StringComparison.Ordinal);
        var written = NotebookReader.ReadFile(Path.Combine(root, GradingHubFactory.Exercise, GradingHubFactory.Exercise + ".ipynb"));
        Assert.Contains(written.Cells, c => c.GradeId() == "cut_value" && c.Source.Contains("YOUR CODE HERE", StringComparison.Ordinal));
    }

    private async Task<string> TutorFlagsAsync(int submissionId)
    {
        using var tutor = hub.NewClient();
        await tutor.SignInAsync(Infrastructure.HubFactory.AdminEmail, Infrastructure.HubFactory.AdminPassword);
        return await tutor.Http.GetStringAsync($"/grading/submissions/{submissionId}");
    }
}
