using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

[Collection(BrowserDefinition.Name)]
public sealed class SubmitFromNotebookTests(BrowserFixture hub)
{
    private const string Exercise = "qubo-maxcut-intro";

    [Fact]
    public async Task A_participant_submits_the_released_exercise_from_the_notebook_page_and_sees_it_in_her_submissions()
    {
        var demo = await hub.DemoHackathonAsync();
        var participant = await hub.CreateUserAsync("submitter");
        await hub.ApplyAsync(demo, participant);
        var group = await hub.GroupAsync(demo, "Submitters", participant);
        var page = await hub.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await BrowserFixture.SignInAsync(page, participant.Email!, HubFactory.Password);

        var copied = await page.APIRequest.PostAsync($"/api/exercises/{Exercise}/workspace");
        Assert.True(copied.Ok, await copied.TextAsync());
        await page.GotoAsync($"/my/servers/group-{group.Id}");
        await page.ClickAsync("#start-server");
        await page.WaitForURLAsync($"**/servers/group-{group.Id}/**");
        await page.GotoAsync($"/servers/group-{group.Id}/#/notebooks/{Exercise}/{Exercise}.ipynb");

        var submit = page.Locator("button.nb-submit");
        await Assertions.Expect(submit).ToBeVisibleAsync();
        await submit.ClickAsync();
        await Assertions.Expect(page.Locator(".nb-submit-result")).ToContainTextAsync("Submitted at");

        await page.ClickAsync(".nb-submit-result");
        await page.WaitForURLAsync($"**/exercises/{Exercise}");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Attempt 1");
    }
}
