using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

[Collection(BrowserDefinition.Name)]
public sealed class NotebookJourneyTests(BrowserFixture hub)
{
    [Fact]
    public async Task A_participant_opens_the_group_server_runs_a_cell_renders_math_saves_and_sees_it_after_reload()
    {
        var organiser = await hub.CreateUserAsync("nb-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Notebook day");
        var participant = await hub.CreateUserAsync("nb-participant");
        await hub.ApplyAsync(hackathon, participant);
        var group = await hub.GroupAsync(hackathon, "Qubits", participant);
        var page = await hub.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await BrowserFixture.SignInAsync(page, participant.Email!, HubFactory.Password);

        // The hub shows the group's server, starts it with progress and opens the workspace when ready.
        await page.GotoAsync("/my/servers");
        await page.ClickAsync($"tr[data-owner='group-{group.Id}'] a");
        await page.ClickAsync("#start-server");
        await page.WaitForURLAsync($"**/servers/group-{group.Id}/**");
        await Assertions.Expect(page.Locator(".nb-files")).ToBeVisibleAsync();

        // A new notebook: name it in the prompt, open it.
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync("first.ipynb");
        await page.ClickAsync("#new-notebook");
        await page.ClickAsync("a:has-text('first.ipynb')");
        await Assertions.Expect(page.Locator("#kernel-state")).ToHaveTextAsync("kernel: idle", new() { Timeout = 90_000 });

        // 1+1 in the first code cell.
        var firstCell = page.Locator(".nb-cell").First;
        await firstCell.Locator(".cm-content").ClickAsync();
        await page.Keyboard.TypeAsync("1+1");
        await page.Keyboard.PressAsync("Shift+Enter");
        await Assertions.Expect(firstCell.Locator(".nb-outputs")).ToContainTextAsync("2");

        // A Markdown cell with math.
        await page.ClickAsync("[data-action='add-markdown']");
        var markdown = page.Locator(".nb-cell.nb-markdown").Last;
        await markdown.Locator(".cm-content").ClickAsync();
        await page.Keyboard.TypeAsync("Energy: $E = mc^2$");
        await page.Keyboard.PressAsync("Shift+Enter");
        await Assertions.Expect(markdown.Locator(".nb-rendered .katex")).ToBeVisibleAsync();

        await page.ClickAsync("[data-action='save']");
        await Assertions.Expect(page.Locator("#nb-status")).ToHaveTextAsync("Saved");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".nb-cell").First.Locator(".cm-content")).ToHaveTextAsync("1+1");
        await Assertions.Expect(page.Locator(".nb-cell").First.Locator(".nb-outputs")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator(".nb-cell.nb-markdown .nb-rendered .katex")).ToBeVisibleAsync();
    }
}
