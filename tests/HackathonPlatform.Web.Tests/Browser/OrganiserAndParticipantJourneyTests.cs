using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

[Collection(BrowserDefinition.Name)]
public sealed class OrganiserAndParticipantJourneyTests(BrowserFixture hub)
{
    [Fact]
    public async Task Organiser_publishes_participant_applies_organiser_accepts_and_forms_a_group_participant_sees_it()
    {
        var organiser = await hub.NewPageAsync();
        await BrowserFixture.SignInAsync(organiser, HubFactory.AdminEmail, HubFactory.AdminPassword);

        // The organiser creates and publishes a hackathon, reviewing applications by hand.
        await organiser.GotoAsync("/organise/new");
        await organiser.FillAsync("#title", "Advanced AI Hackathon — Padova");
        await organiser.FillAsync("#venue", "Padova");
        await organiser.FillAsync("#capacity", "20");
        await organiser.FillAsync("#groupsize", "4");
        await organiser.UncheckAsync("input[name='Form.AutoAccept']");
        await organiser.FillAsync("#description", "Three days of **quantum** and deep learning.");
        await organiser.FillAsync("#question-0", "Your research field");
        await organiser.FillAsync("#question-1", "Experience with PyTorch / quantum computing");
        await organiser.CheckAsync("input[name='Form.SkillQuestions'][value='1']");
        await organiser.ClickAsync("form.form button[type=submit]");
        await organiser.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/organise/\\d+$"));
        var dashboardUrl = organiser.Url;
        await organiser.ClickAsync("#publish");
        await Assertions.Expect(organiser.Locator(".flash")).ToContainTextAsync("Published");

        // A new participant creates an account, signs in and applies.
        var participant = await hub.NewPageAsync();
        await participant.GotoAsync("/account/register");
        await participant.FillAsync("#name", "Paola Participant");
        await participant.FillAsync("#email", "paola@test.local");
        await participant.FillAsync("#password", "paola-password-1");
        await participant.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(participant.Locator("#register-done")).ToBeVisibleAsync();
        await BrowserFixture.SignInAsync(participant, "paola@test.local", "paola-password-1");
        await participant.GotoAsync("/hackathons");
        await participant.ClickAsync("text=Advanced AI Hackathon — Padova");
        await Assertions.Expect(participant.Locator("article.prose strong")).ToHaveTextAsync("quantum");
        await participant.ClickAsync("a.button:has-text('Apply')");
        await participant.FillAsync("textarea >> nth=0", "Experimental particle physics");
        await participant.FillAsync("textarea >> nth=1", "quantum computing");
        await participant.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(participant.Locator(".registration-status")).ToHaveTextAsync("under review");

        // The organiser accepts her and forms the groups.
        await organiser.GotoAsync(dashboardUrl);
        var row = organiser.Locator("#applicants tr[data-email='paola@test.local']");
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("Pending");
        await row.Locator("button:has-text('Accept')").ClickAsync();
        await Assertions.Expect(organiser.Locator("#applicants tr[data-email='paola@test.local'] .status")).ToHaveTextAsync("Accepted");
        await organiser.ClickAsync("#auto-form");
        await Assertions.Expect(organiser.Locator(".flash")).ToContainTextAsync("Groups formed");
        await organiser.FillAsync("section.group[data-group='Group 1'] input[name=name]", "Qubit Wranglers");
        await organiser.ClickAsync("section.group[data-group='Group 1'] button:has-text('Rename')");
        await Assertions.Expect(organiser.Locator("section.group[data-group='Qubit Wranglers']")).ToBeVisibleAsync();

        // The participant sees her status and her group.
        await participant.GotoAsync("/me/hackathons");
        await Assertions.Expect(participant.Locator(".registration-status")).ToHaveTextAsync("accepted");
        await Assertions.Expect(participant.Locator(".group-name")).ToHaveTextAsync("Qubit Wranglers");
        await Assertions.Expect(participant.Locator(".members")).ToContainTextAsync("Paola Participant");
        await Assertions.Expect(participant.Locator(".notifications")).ToContainTextAsync("accepted");
    }
}
