using HackathonPlatform.Web.Tests.Learning;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

[Collection(BrowserDefinition.Name)]
public sealed class SelfLearnerJourneyTests(BrowserFixture hub)
{
    private const string Lecture = "/courses/neural-networks/perceptron-and-mlp";

    [Fact]
    public async Task Anonymous_reader_browses_reads_math_and_searches_the_docs_then_with_an_account_passes_quizzes_and_sees_progress()
    {
        // The hub rechecks the docs index on search, so a site built now is found by the search below.
        await DocsBuild.EnsureBuiltAsync();
        var page = await hub.NewPageAsync();

        // Without an account: the catalogue, a course, a lecture with typeset math and the embedded video.
        await page.GotoAsync("/courses");
        await page.ClickAsync("text=Neural networks: principles and architectures");
        await Assertions.Expect(page.Locator("ol.outline li")).ToHaveCountAsync(6);
        await page.ClickAsync("ol.outline a >> nth=0");
        await page.WaitForURLAsync("**" + Lecture);
        await Assertions.Expect(page.Locator(".lecture .katex").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".lecture-video iframe")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("a.exercise-link").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/exercises/"));

        // Searching the docs for "GPU" from the top bar finds a docs page.
        await page.FillAsync("form.search-box input[name=q]", "GPU");
        await page.PressAsync("form.search-box input[name=q]", "Enter");
        await Assertions.Expect(page.Locator(".search-hit[data-kind=doc]").First).ToBeVisibleAsync();

        // With an account: a wrong answer shows the explanation, the right one is accepted.
        await page.GotoAsync("/account/register");
        await page.FillAsync("#name", "Sam Self-learner");
        await page.FillAsync("#email", "sam@test.local");
        await page.FillAsync("#password", "sam-password-12");
        await page.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(page.Locator("#register-done")).ToBeVisibleAsync();
        await BrowserFixture.SignInAsync(page, "sam@test.local", "sam-password-12");

        await page.GotoAsync(Lecture);
        await page.CheckAsync("#quiz-xor input[value=b]");
        await page.ClickAsync("#quiz-xor button[type=submit]");
        await Assertions.Expect(page.Locator("#quiz-xor .quiz-wrong")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#quiz-xor .quiz-explanation")).ToContainTextAsync("hyperplane");
        await page.CheckAsync("#quiz-xor input[value=a]");
        await page.ClickAsync("#quiz-xor button[type=submit]");
        await Assertions.Expect(page.Locator("#quiz-xor .quiz-correct")).ToBeVisibleAsync();

        // Passing the lecture's other quizzes marks it done.
        await page.FillAsync("#quiz-parameter-count input[name=answer]", "241");
        await page.ClickAsync("#quiz-parameter-count button[type=submit]");
        await Assertions.Expect(page.Locator("#quiz-parameter-count .quiz-correct")).ToBeVisibleAsync();
        await page.CheckAsync("#quiz-linear-collapse input[value=a]");
        await page.CheckAsync("#quiz-linear-collapse input[value=b]");
        await page.ClickAsync("#quiz-linear-collapse button[type=submit]");
        await Assertions.Expect(page.Locator("#quiz-linear-collapse .quiz-lecture-done")).ToBeVisibleAsync();

        // Two more lectures marked done by hand; the course page counts three and offers to resume.
        foreach (var lecture in new[] { "backpropagation", "training-deep-networks" })
        {
            await page.GotoAsync($"/courses/neural-networks/{lecture}");
            await page.ClickAsync("#mark-done");
            await Assertions.Expect(page.Locator("#lecture-done")).ToBeVisibleAsync();
        }

        await page.GotoAsync("/courses/neural-networks");
        await Assertions.Expect(page.Locator("#course-progress")).ToHaveTextAsync("3 of 6 lectures done");
        await Assertions.Expect(page.Locator("#resume")).ToContainTextAsync("Resume");
        await page.Context.CloseAsync();
    }
}
