using HackathonPlatform.Core.Entities;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Web.Tests.Grading;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

/// <summary>
/// Journeys 2 and 3 in Chromium against the real exercise and the real sandboxed C# kernel: a participant
/// downloads the notebook, solves it, uploads it and sees "graded: 7/10"; a tutor gives points and a comment
/// to the free-response cell and releases; the participant reads the comment and the final score.
/// </summary>
[Collection(BrowserDefinition.Name)]
public sealed class GradingJourneyTests(BrowserFixture hub)
{
    private const string Exercise = "qubo-maxcut-intro";

    [Fact]
    public async Task Participant_submits_the_solved_notebook_tutor_grades_the_written_answer_and_releases_participant_reads_the_comment()
    {
        var demo = await hub.DemoHackathonAsync();
        var paola = await hub.CreateUserAsync("paola-grading");
        await hub.ApplyAsync(demo, paola);
        await hub.GroupAsync(demo, "Qubit Wranglers", paola);
        var tom = await hub.CreateUserAsync("tom-tutor");
        await hub.AppointAsync(demo, tom, StaffRole.Tutor);

        // The participant finds the exercise and downloads the notebook.
        var participant = await hub.NewPageAsync();
        await BrowserFixture.SignInAsync(participant, paola.Email!, HubFactory.Password);
        await participant.ClickAsync("nav >> text=My submissions");
        await participant.ClickAsync($"#exercises tr[data-exercise='{Exercise}'] a");
        await Assertions.Expect(participant.Locator("h1")).ToContainTextAsync("Max-Cut");
        var download = await participant.RunAndWaitForDownloadAsync(() => participant.ClickAsync("#download"));
        var releasePath = await download.PathAsync();
        var release = await File.ReadAllTextAsync(releasePath!);
        Assert.Contains("YOUR CODE HERE", release, StringComparison.Ordinal);

        // She solves it offline and uploads it.
        var solved = Path.Combine(Path.GetTempPath(), $"solved-{Guid.NewGuid():N}.ipynb");
        await File.WriteAllTextAsync(solved, NotebookWriter.Write(SubmissionNotebooks.Solved(release)));
        await participant.SetInputFilesAsync("#notebook", solved);
        await participant.ClickAsync("#submit-form button[type=submit]");
        await Assertions.Expect(participant.Locator(".flash")).ToContainTextAsync("Submitted at");
        await WaitForAsync(participant, ".submission[data-attempt='1'] .score", "7/10");
        await Assertions.Expect(participant.Locator(".submission[data-attempt='1'] .submission-status")).ToContainTextAsync("graded: 7/10");
        await Assertions.Expect(participant.Locator(".submission[data-attempt='1'] tr[data-grade-id='test_max_cut'] .result")).ToHaveTextAsync("Passed");

        // The tutor grades the free-response cell and releases the exercise's grades.
        var tutor = await hub.NewPageAsync();
        await BrowserFixture.SignInAsync(tutor, tom.Email!, HubFactory.Password);
        await tutor.ClickAsync("nav >> text=Grading");
        await tutor.ClickAsync($"section[data-hackathon='{demo.Slug}'] tr[data-exercise='{Exercise}'] a");
        var row = tutor.Locator("#submissions tr[data-owner='Qubit Wranglers']");
        await Assertions.Expect(row.Locator(".status")).ToContainTextAsync("to grade by hand");
        await row.Locator("a:has-text('Open')").ClickAsync();
        var answer = tutor.Locator("section.cell[data-grade-id='cvar_answer']");
        await answer.Locator("input.points").FillAsync("3");
        await answer.Locator("textarea.comment").FillAsync("Clear: the best tail is what a combinatorial search needs.");
        await answer.Locator("button:has-text('Save grade')").ClickAsync();
        await Assertions.Expect(tutor.Locator("#final-score")).ToHaveTextAsync("10");
        await tutor.GoBackAsync();
        await tutor.GotoAsync($"/grading/hackathons/{demo.Id}/exercises/{Exercise}");
        await tutor.ClickAsync("#release");
        await Assertions.Expect(tutor.Locator(".flash")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Released [1-9][0-9]* graded"));

        // The participant reads the comment and the final score.
        await participant.ReloadAsync();
        await Assertions.Expect(participant.Locator(".submission[data-attempt='1'] .tutor-comment")).ToContainTextAsync("the best tail");
        await Assertions.Expect(participant.Locator(".submission[data-attempt='1'] .final-score")).ToHaveTextAsync("10/10");
        File.Delete(solved);
    }

    /// <summary>Reloads until the element shows the text: grading runs in the background, in a real kernel.</summary>
    private static async Task WaitForAsync(IPage page, string selector, string text)
    {
        for (var i = 0; i < 90; i++)
        {
            if (await page.Locator(selector).CountAsync() > 0 && (await page.Locator(selector).InnerTextAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        Assert.Fail($"'{selector}' did not show '{text}' within 90 s; page: {await page.Locator("main").InnerTextAsync()}");
    }
}
