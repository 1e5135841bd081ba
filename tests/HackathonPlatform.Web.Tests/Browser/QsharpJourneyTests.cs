using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

/// <summary>Q# in the browser: a Q# notebook on the group's server, and a kata exercise checked on its page.</summary>
[Collection(BrowserDefinition.Name)]
public sealed class QsharpJourneyTests(BrowserFixture hub)
{
    private const string FlipUrl = "/katas/getting_started/getting_started__flip_qubit";

    [Fact]
    public async Task A_participant_runs_a_qsharp_cell_and_sees_its_message_and_measurement()
    {
        var organiser = await hub.CreateUserAsync("qs-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Quantum day");
        var participant = await hub.CreateUserAsync("qs-participant");
        await hub.ApplyAsync(hackathon, participant);
        var group = await hub.GroupAsync(hackathon, "Entanglers", participant);
        var page = await hub.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        try
        {
            await BrowserFixture.SignInAsync(page, participant.Email!, HubFactory.Password);
            await page.GotoAsync("/my/servers");
            await page.ClickAsync($"tr[data-owner='group-{group.Id}'] a");
            await page.ClickAsync("#start-server");
            await page.WaitForURLAsync($"**/servers/group-{group.Id}/**");

            // "New Q# notebook" writes Q# kernel metadata; opening the notebook starts the Q# kernel for it.
            page.Dialog += (_, dialog) => _ = dialog.AcceptAsync("quantum.ipynb");
            await page.ClickAsync("#new-qsharp-notebook");
            await page.ClickAsync("a:has-text('quantum.ipynb')");
            await Assertions.Expect(page.Locator("#kernel-state")).ToHaveTextAsync("kernel: idle", new() { Timeout = 90_000 });

            // Inserted rather than typed: CodeMirror's bracket closing would double the typed ')' and '"'.
            var cell = page.Locator(".nb-cell").First;
            await cell.Locator(".cm-content").ClickAsync();
            await page.Keyboard.InsertTextAsync("use q = Qubit();\nX(q);\nlet r = M(q);\nReset(q);\nMessage(\"Flipped a qubit\");\nr");
            await page.Keyboard.PressAsync("Shift+Enter");

            var outputs = cell.Locator(".nb-outputs");
            await Assertions.Expect(outputs).ToContainTextAsync("Flipped a qubit");
            // X on |0⟩ then M: the measurement is One, rendered as the cell's result.
            await Assertions.Expect(outputs).ToContainTextAsync("One");
            await Assertions.Expect(outputs).Not.ToContainTextAsync("Zero");
        }
        finally
        {
            await page.Context.CloseAsync();
            await hub.Services.GetRequiredService<ServerManager>().StopAsync(WorkspaceOwner.ForGroup(group.Id), "Test finished.", CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_self_learner_checks_a_wrong_then_a_correct_kata_solution_on_the_exercise_page()
    {
        var learner = await hub.CreateUserAsync("qs-learner");
        var page = await hub.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        try
        {
            await BrowserFixture.SignInAsync(page, learner.Email!, HubFactory.Password);
            await page.GotoAsync("/katas/getting_started");
            await page.ClickAsync($"a[href='{FlipUrl}']");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Flip a Qubit");
            await Assertions.Expect(page.Locator("#code")).ToContainTextAsync("operation FlipQubit(q : Qubit)");

            // Z leaves |0⟩ as it is: the verification sees the qubit unflipped.
            await page.FillAsync("#code", "namespace Kata { operation FlipQubit(q : Qubit) : Unit is Adj + Ctl { Z(q); } }");
            await page.ClickAsync("form.kata-form button[type=submit]");
            await Assertions.Expect(page.Locator("#result .verdict")).ToContainTextAsync("Incorrect.");

            await page.FillAsync("#code", "namespace Kata { operation FlipQubit(q : Qubit) : Unit is Adj + Ctl { X(q); } }");
            await page.ClickAsync("form.kata-form button[type=submit]");
            await Assertions.Expect(page.Locator("#result .verdict")).ToHaveTextAsync("Correct!");
            // The page keeps the checked code, so the learner can go on from it.
            await Assertions.Expect(page.Locator("#code")).ToHaveValueAsync("namespace Kata { operation FlipQubit(q : Qubit) : Unit is Adj + Ctl { X(q); } }");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
