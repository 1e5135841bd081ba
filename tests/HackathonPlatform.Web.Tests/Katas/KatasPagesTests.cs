using System.Diagnostics;
using System.Net;
using HackathonPlatform.Web.Katas;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Katas;

public sealed class KatasPagesTests(KatasHubFactory hub) : IClassFixture<KatasHubFactory>
{
    private const string FlipUrl = "/katas/getting_started/getting_started__flip_qubit";

    [Fact]
    public async Task Catalogue_lists_our_qsharp_exercises_and_the_katas()
    {
        using var client = hub.NewClient();

        var page = await client.Http.GetStringAsync("/katas");

        Assert.Contains("Hackathon Q# exercises", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/katas/getting_started\"", page, StringComparison.Ordinal);
        Assert.Contains("Quantum Fourier Transform", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/katas\"", page, StringComparison.Ordinal); // the nav link
    }

    [Fact]
    public async Task Kata_page_lists_its_exercises_and_unknown_ones_are_not_found()
    {
        using var client = hub.NewClient();

        var page = await client.Http.GetStringAsync("/katas/getting_started");

        Assert.Contains($"href=\"{FlipUrl}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", page, StringComparison.Ordinal); // the katas' raw HTML is dropped
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/katas/no_such_kata")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/katas/getting_started/no_such_exercise")).StatusCode);
    }

    [Fact]
    public async Task Exercise_page_renders_the_description_and_the_placeholder_for_anonymous_readers()
    {
        using var client = hub.NewClient();

        var page = await client.Http.GetStringAsync(FlipUrl);

        Assert.Contains("Flip a Qubit", page, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"code\"", page, StringComparison.Ordinal);
        Assert.Contains("operation FlipQubit(q : Qubit)", page, StringComparison.Ordinal);
        Assert.Contains("Sign in</a> to check", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_check_is_sent_to_sign_in()
    {
        using var client = hub.NewClient();

        var response = await client.PostFormAsync(FlipUrl, new() { ["code"] = "namespace Kata { }" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_solution_is_correct_and_the_placeholder_incorrect_with_a_hint()
    {
        using var client = await SignedInAsync("kata-solver");
        var exercise = (await hub.Services.GetRequiredService<KatasHub>().GetAsync(default)).FindExercise("getting_started", "getting_started__flip_qubit")!;

        var correct = await CheckAsync(client, FlipUrl, exercise.ReferenceSolutions[0]);
        var incorrect = await CheckAsync(client, FlipUrl, exercise.PlaceholderCode);

        Assert.Contains("<strong>Correct!</strong>", correct, StringComparison.Ordinal);
        Assert.Contains("<strong>Incorrect.</strong>", incorrect, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\">Hint:", incorrect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Our_vqe_ansatz_exercise_is_checked_against_its_verification()
    {
        using var client = await SignedInAsync("ansatz-solver");
        var solution = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "exercises", "qsharp-vqe-ansatz", "Solution.qs"));

        var page = await CheckAsync(client, "/katas/platform/qsharp-vqe-ansatz", solution);

        Assert.Contains("<strong>Correct!</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_over_64_KB_is_refused_with_a_clear_message()
    {
        using var client = await SignedInAsync("huge-coder");
        var huge = "namespace Kata {\n" + string.Concat(Enumerable.Repeat("    // padding padding padding padding padding padding\n", 1500)) + "}";

        var page = await CheckAsync(client, FlipUrl, huge);

        Assert.Contains("Not checked.", page, StringComparison.Ordinal);
        Assert.Contains("solutions are limited to 64 KB", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_infinite_loop_times_out_cleanly()
    {
        using var client = await SignedInAsync("loop-coder");
        const string Loop = "namespace Kata {\n    function Spin() : Unit {\n        mutable i = 0;\n        while true { set i += 1; }\n    }\n    operation FlipQubit(q : Qubit) : Unit is Adj + Ctl {\n        Spin();\n    }\n}";
        var clock = Stopwatch.StartNew();

        var page = await CheckAsync(client, FlipUrl, Loop);

        Assert.Contains("The check was stopped.", page, StringComparison.Ordinal);
        Assert.Contains($"ran longer than {KatasHubFactory.CheckTimeoutSeconds} s", page, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(KatasHubFactory.CheckTimeoutSeconds - 1), TimeSpan.FromSeconds(KatasHubFactory.CheckTimeoutSeconds + 20));
        Assert.Contains("<strong>Correct!</strong>", await CheckAsync(client, FlipUrl, "namespace Kata { operation FlipQubit(q : Qubit) : Unit is Adj + Ctl { X(q); } }"), StringComparison.Ordinal);
    }

    private async Task<HubClient> SignedInAsync(string name)
    {
        var user = await hub.CreateUserAsync(name);
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return client;
    }

    private static async Task<string> CheckAsync(HubClient client, string url, string code)
    {
        var response = await client.PostFormAsync(url, new() { ["code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HackathonPlatform.sln not found");
    }
}
