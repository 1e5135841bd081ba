using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

/// <summary>
/// Every page and endpoint against every kind of account. Pages answer "sign in" with a redirect to the
/// sign-in page and "forbidden" with a redirect to the access-denied page; the API answers 401 and 403.
/// A second test checks that the matrix covers every endpoint the hub maps, so new ones cannot slip by.
/// </summary>
public sealed class RoleMatrixTests : IClassFixture<RoleMatrixTests.World>
{
    private const int A = 0;   // allowed: neither 401 nor 403 (the exact answer depends on the body or state)
    private const int L = 401; // must sign in
    private const int F = 403; // forbidden
    private const int Ok = 200;
    private const int NotFound = 404;
    private const int Redirect = 302;
    private const string Exercise = "qubo-maxcut-intro";

    private static readonly string[] Roles = ["anonymous", "participant", "other-participant", "tutor", "other-tutor", "organiser", "admin"];

    private readonly World world;

    public RoleMatrixTests(World world) => this.world = world;

    /// <summary>Rows: method, route pattern as mapped, concrete URL, body, expectations in the order of <see cref="Roles"/>.</summary>
    private IEnumerable<(string Method, string Pattern, string Url, object? Body, int[] Expected)> Matrix()
    {
        var h = world.Hackathon.Id;
        var slug = world.Hackathon.Slug;
        var g = world.Group.Id;
        var d = world.Draft.Id;
        int[] all200 = [Ok, Ok, Ok, Ok, Ok, Ok, Ok];
        int[] signedIn = [L, A, A, A, A, A, A];
        int[] organisers = [L, F, F, F, F, A, A];
        int[] staff = [L, F, F, A, F, A, A];
        int[] admins = [L, F, F, F, F, F, A];
        return
        [
            ("GET", "", "/", null, all200),
            ("GET", "hackathons", "/hackathons", null, all200),
            ("GET", "hackathons/{slug}", $"/hackathons/{slug}", null, all200),
            ("GET", "hackathons/{slug}", $"/hackathons/{world.Draft.Slug}", null, [NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok]),
            ("GET", "hackathons/{slug}/apply", $"/hackathons/{slug}/apply", null, signedIn),
            ("GET", "me/hackathons", "/me/hackathons", null, signedIn),
            ("GET", "organise", "/organise", null, organisers),
            ("GET", "organise/new", "/organise/new", null, [L, F, F, F, F, Ok, Ok]),
            ("GET", "organise/{id:int}", $"/organise/{h}", null, [L, F, F, F, F, Ok, Ok]),
            ("GET", "organise/{id:int}/edit", $"/organise/{h}/edit", null, [L, F, F, F, F, Ok, Ok]),
            ("GET", "admin/users", "/admin/users", null, [L, F, F, F, F, F, Ok]),
            ("GET", "admin/tokens", "/admin/tokens", null, [L, F, F, F, F, F, Ok]),
            ("GET", "account/login", "/account/login", null, all200),
            ("GET", "account/logout", "/account/logout", null, all200),
            ("GET", "account/register", "/account/register", null, all200),
            ("GET", "account/forgot-password", "/account/forgot-password", null, all200),
            ("GET", "account/reset-password", "/account/reset-password", null, all200),
            ("GET", "account/confirm-email", "/account/confirm-email", null, all200),
            // Cookie only: an API token never reaches the token pages (the token tests check that).
            ("GET", "account/tokens", "/account/tokens", null, signedIn),
            ("GET", "account/access-denied", "/account/access-denied", null, [F, F, F, F, F, F, F]),
            ("GET", "error", "/error", null, all200),
            // No token is configured here and test requests come from no address: nobody reads the metrics.
            ("GET", "metrics", "/metrics", null, [F, F, F, F, F, F, F]),
            ("GET", "openapi/{documentName}.json", "/openapi/v1.json", null, all200),
            ("GET", "api/hackathons", "/api/hackathons", null, all200),
            ("GET", "api/hackathons/{id:int}", $"/api/hackathons/{h}", null, all200),
            ("GET", "api/hackathons/{id:int}", $"/api/hackathons/{d}", null, [NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok]),
            ("POST", "api/hackathons", "/api/hackathons", World.NewHackathonBody(), organisers),
            ("PUT", "api/hackathons/{id:int}", $"/api/hackathons/{h}", World.NewHackathonBody() with { Title = world.Hackathon.Title, Slug = slug }, organisers),
            ("GET", "api/hackathons/{id:int}/staff", $"/api/hackathons/{h}/staff", null, staff),
            ("POST", "api/hackathons/{id:int}/staff", $"/api/hackathons/{h}/staff", new { email = "nobody@test.local", role = "Tutor" }, organisers),
            ("DELETE", "api/hackathons/{id:int}/staff/{staffId:int}", $"/api/hackathons/{h}/staff/999999", null, organisers),
            ("GET", "api/hackathons/{id:int}/participants.csv", $"/api/hackathons/{h}/participants.csv", null, [L, F, F, F, F, Ok, Ok]),
            ("GET", "api/hackathons/{id:int}/groups.csv", $"/api/hackathons/{h}/groups.csv", null, [L, F, F, F, F, Ok, Ok]),
            ("POST", "api/hackathons/{id:int}/registrations", $"/api/hackathons/{h}/registrations", new { answers = new Dictionary<int, string>() }, signedIn),
            ("GET", "api/hackathons/{id:int}/registrations/me", $"/api/hackathons/{h}/registrations/me", null, [L, Ok, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("DELETE", "api/hackathons/{id:int}/registrations/me", $"/api/hackathons/{d}/registrations/me", null, signedIn),
            ("GET", "api/hackathons/{id:int}/registrations", $"/api/hackathons/{h}/registrations", null, [L, F, F, F, F, Ok, Ok]),
            ("POST", "api/hackathons/{id:int}/registrations/{registrationId:int}/decision", $"/api/hackathons/{h}/registrations/999999/decision", new { status = "Accepted" }, organisers),
            ("GET", "api/hackathons/{id:int}/groups", $"/api/hackathons/{h}/groups", null, [L, F, F, Ok, F, Ok, Ok]),
            ("GET", "api/hackathons/{id:int}/groups/mine", $"/api/hackathons/{h}/groups/mine", null, [L, Ok, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("POST", "api/hackathons/{id:int}/groups/join", $"/api/hackathons/{h}/groups/join", new { inviteCode = "NOPE" }, signedIn),
            ("POST", "api/hackathons/{id:int}/groups", $"/api/hackathons/{h}/groups", new { name = "" }, organisers),
            ("POST", "api/hackathons/{id:int}/groups/auto", $"/api/hackathons/{h}/groups/auto", new { skillQuestionId = (int?)null }, organisers),
            ("PUT", "api/hackathons/{id:int}/groups/{groupId:int}", $"/api/hackathons/{h}/groups/{g}", new { name = world.Group.Name }, organisers),
            ("DELETE", "api/hackathons/{id:int}/groups/{groupId:int}", $"/api/hackathons/{h}/groups/999999", null, organisers),
            ("POST", "api/hackathons/{id:int}/groups/{groupId:int}/members", $"/api/hackathons/{h}/groups/{g}/members", new { userId = "nobody" }, organisers),
            ("DELETE", "api/hackathons/{id:int}/groups/{groupId:int}/members/{userId}", $"/api/hackathons/{h}/groups/{g}/members/nobody", null, organisers),
            ("GET", "api/hackathons/{id:int}/groups/{groupId:int}/flavour", $"/api/hackathons/{h}/groups/{g}/flavour", null, [L, F, F, F, F, Ok, Ok]),
            ("PUT", "api/hackathons/{id:int}/groups/{groupId:int}/flavour", $"/api/hackathons/{h}/groups/{g}/flavour", new { flavour = "no-such-flavour" }, organisers),
            ("GET", "api/me", "/api/me", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "api/admin/users", "/api/admin/users", null, [L, F, F, F, F, F, Ok]),
            ("POST", "api/admin/users/{userId}/roles/{role}", "/api/admin/users/nobody/roles/Tutor", null, admins),
            ("DELETE", "api/admin/users/{userId}/roles/{role}", "/api/admin/users/nobody/roles/Tutor", null, admins),
            // Courses and docs: everyone reads; quizzes and progress need an account; diagnostics are for authors.
            ("GET", "courses", "/courses", null, all200),
            ("GET", "courses/{course}", "/courses/neural-networks", null, all200),
            ("GET", "courses/{course}", "/courses/no-such-course", null, [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "courses/{course}/{lecture}", "/courses/neural-networks/backpropagation", null, all200),
            ("GET", "courses/{course}/{lecture}/quizzes/{quiz}", "/courses/neural-networks/backpropagation/quizzes/backprop-cost", null, signedIn),
            ("GET", "search", "/search?q=gradient", null, all200),
            ("GET", "authors/diagnostics", "/authors/diagnostics", null, [L, F, F, F, F, Ok, Ok]),
            ("GET", "docs/{**path}", "/docs", null, [A, A, A, A, A, A, A]),
            ("GET", "katas", "/katas", null, all200),
            ("GET", "katas/{kata}", "/katas/getting_started", null, all200),
            ("GET", "katas/{kata}/{exercise}", "/katas/getting_started/getting_started__flip_qubit", null, all200),
            ("GET", "katas/{kata}/{exercise}", "/katas/getting_started/no_such_exercise", null, [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/courses", "/api/courses", null, all200),
            ("GET", "api/courses/{course}", "/api/courses/neural-networks", null, all200),
            ("POST", "api/courses/{course}/{lecture}/quizzes/{quiz}", "/api/courses/neural-networks/backpropagation/quizzes/no-such-quiz", new { answers = new[] { "a" } }, signedIn),
            ("POST", "api/courses/{course}/{lecture}/done", "/api/courses/neural-networks/backpropagation/done", null, signedIn),
            ("DELETE", "api/courses/{course}/{lecture}/done", "/api/courses/neural-networks/backpropagation/done", null, signedIn),
            // Graded exercises: the demo exercise is offered by a course too, so every account may open it; its
            // leaderboard belongs to the demo hackathon, where only the admin (its organiser) has a role here.
            ("GET", "exercises", "/exercises", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "exercises/{exerciseId}", $"/exercises/{Exercise}", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "exercises/{exerciseId}/leaderboard", $"/exercises/{Exercise}/leaderboard", null, [L, F, F, F, F, F, Ok]),
            ("GET", "grading", "/grading", null, [L, F, F, Ok, Ok, Ok, Ok]),
            ("GET", "grading/hackathons/{id:int}/exercises/{exerciseId}", $"/grading/hackathons/{h}/exercises/{Exercise}", null, [L, F, F, NotFound, F, NotFound, NotFound]),
            ("GET", "grading/hackathons/{id:int}/gradebook", $"/grading/hackathons/{h}/gradebook", null, [L, F, F, Ok, F, Ok, Ok]),
            ("GET", "grading/submissions/{submissionId:int}", "/grading/submissions/999999", null, [L, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/exercises", "/api/exercises", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "api/exercises/{exerciseId}", $"/api/exercises/{Exercise}", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "api/exercises/{exerciseId}", "/api/exercises/no-such-exercise", null, [L, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/exercises/{exerciseId}/notebook", $"/api/exercises/{Exercise}/notebook", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("POST", "api/exercises/{exerciseId}/workspace", $"/api/exercises/{Exercise}/workspace", null, signedIn),
            ("POST", "api/exercises/{exerciseId}/submissions", $"/api/exercises/{Exercise}/submissions", new { notebook = "not multipart" }, signedIn),
            ("GET", "api/exercises/{exerciseId}/submissions", $"/api/exercises/{Exercise}/submissions", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "api/exercises/{exerciseId}/submissions/{submissionId:int}", $"/api/exercises/{Exercise}/submissions/999999", null, [L, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/exercises/{exerciseId}/submissions/{submissionId:int}/feedback", $"/api/exercises/{Exercise}/submissions/999999/feedback", null, [L, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/exercises/{exerciseId}/leaderboard", $"/api/exercises/{Exercise}/leaderboard", null, [L, F, F, F, F, F, Ok]),
            ("GET", "api/hackathons/{id:int}/gradebook.csv", $"/api/hackathons/{h}/gradebook.csv", null, [L, F, F, Ok, F, Ok, Ok]),
            // Course gradebooks: courses have no staff of their own, so the global Admin, Organiser and Tutor roles see every course's.
            ("GET", "grading/courses/{course}/gradebook", "/grading/courses/quantum-ml/gradebook", null, [L, F, F, Ok, Ok, Ok, Ok]),
            ("GET", "grading/courses/{course}/gradebook", "/grading/courses/no-such-course/gradebook", null, [L, F, F, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/courses/{course}/gradebook.csv", "/api/courses/quantum-ml/gradebook.csv", null, [L, F, F, Ok, Ok, Ok, Ok]),
            ("GET", "my/servers", "/my/servers", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "my/servers/{owner}", $"/my/servers/group-{g}", null, [L, Ok, F, Ok, F, Ok, Ok]),
            ("GET", "my/servers/{owner}", "/my/servers/not-an-owner", null, [L, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
            ("GET", "api/servers/{owner}", $"/api/servers/group-{g}", null, [L, Ok, F, Ok, F, Ok, Ok]),
            ("POST", "api/servers/{owner}/stop", $"/api/servers/group-{g}/stop", null, [L, Ok, F, Ok, F, Ok, Ok]),
            ("POST", "api/servers/{owner}/start", "/api/servers/not-an-owner/start", null, signedIn),
            // Batch jobs: the group's members and its hackathon's staff, like its server. An empty script is refused (400), so no job starts here.
            ("GET", "my/jobs", "/my/jobs", null, [L, Ok, Ok, Ok, Ok, Ok, Ok]),
            ("GET", "my/jobs/{groupId:int}", $"/my/jobs/{g}", null, [L, Ok, F, Ok, F, Ok, Ok]),
            ("GET", "my/jobs/{groupId:int}/{jobId:int}", $"/my/jobs/{g}/999999", null, [L, NotFound, F, NotFound, F, NotFound, NotFound]),
            ("GET", "api/groups/{groupId:int}/jobs", $"/api/groups/{g}/jobs", null, [L, Ok, F, Ok, F, Ok, Ok]),
            ("POST", "api/groups/{groupId:int}/jobs", $"/api/groups/{g}/jobs", new { script = "" }, [L, 400, F, 400, F, 400, 400]),
            ("GET", "api/groups/{groupId:int}/jobs/{jobId:int}", $"/api/groups/{g}/jobs/999999", null, [L, NotFound, F, NotFound, F, NotFound, NotFound]),
            ("GET", "api/groups/{groupId:int}/jobs/{jobId:int}/log", $"/api/groups/{g}/jobs/999999/log", null, [L, NotFound, F, NotFound, F, NotFound, NotFound]),
            ("POST", "api/groups/{groupId:int}/jobs/{jobId:int}/cancel", $"/api/groups/{g}/jobs/999999/cancel", null, [L, NotFound, F, NotFound, F, NotFound, NotFound]),
            // A stopped server: members and staff are sent to the page that offers to start it.
            ("GET", "servers/{owner}/{**rest}", $"/servers/group-{g}/api/contents/", null, [L, Redirect, F, Redirect, F, Redirect, Redirect]),
            // Publishing changes visibility, so these rows come last.
            ("POST", "api/hackathons/{id:int}/publish", $"/api/hackathons/{d}/publish", null, organisers),
            ("POST", "api/hackathons/{id:int}/unpublish", $"/api/hackathons/{d}/unpublish", null, organisers),
        ];
    }

    [Fact]
    public async Task Every_page_and_endpoint_answers_each_role_as_expected()
    {
        var failures = new List<string>();
        foreach (var (method, _, url, body, expected) in Matrix())
        {
            for (var r = 0; r < Roles.Length; r++)
            {
                var client = world.Clients[r];
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body, body.GetType());
                }

                using var response = await client.Http.SendAsync(request);
                var actual = Classify(url, response);
                var ok = expected[r] == A ? actual is not (L or F) && (int)response.StatusCode < 500 : actual == expected[r];
                if (!ok)
                {
                    failures.Add($"{method} {url} as {Roles[r]}: expected {Describe(expected[r])}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_matrix_covers_every_mapped_endpoint()
    {
        var covered = Matrix().Select(m => (m.Method, m.Pattern)).ToHashSet();
        var sources = world.Services.GetRequiredService<EndpointDataSource>();
        var missing = new List<string>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText?.Trim('/') ?? "";
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            missing.AddRange(methods.Where(m => !covered.Contains((m, pattern))).Select(m => $"{m} {pattern}"));
        }

        Assert.True(missing.Count == 0, "Not in the role matrix: " + string.Join(", ", missing));
    }

    private static int Classify(string url, HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/account/login", StringComparison.Ordinal) => L,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => F,
            HttpStatusCode.Unauthorized when url.StartsWith("/api", StringComparison.Ordinal) => L,
            HttpStatusCode.Forbidden => F,
            _ => (int)response.StatusCode,
        };
    }

    private static string Describe(int code) => code switch { A => "allowed", L => "sign-in required", F => "forbidden", _ => code.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>One hub with one signed-in client per role.</summary>
    public sealed class World : HubFactory, IAsyncLifetime
    {
        public List<HubClient> Clients { get; } = [];

        public Hackathon Hackathon { get; private set; } = null!;

        public Hackathon Draft { get; private set; } = null!;

        public Group Group { get; private set; } = null!;

        public static Core.Hackathons.HackathonInput NewHackathonBody() => new()
        {
            Title = "Matrix hackathon",
            Venue = "Online",
            StartsAt = DateTimeOffset.UtcNow.AddDays(40),
            EndsAt = DateTimeOffset.UtcNow.AddDays(41),
            Capacity = 10,
            GroupSize = 2,
        };

        public async Task InitializeAsync()
        {
            var participant = await CreateUserAsync("participant");
            var otherParticipant = await CreateUserAsync("other-participant");
            var tutor = await CreateUserAsync("tutor", PlatformRoles.Tutor);
            var otherTutor = await CreateUserAsync("other-tutor", PlatformRoles.Tutor);
            var organiser = await CreateUserAsync("organiser", PlatformRoles.Organiser);
            var otherOrganiser = await CreateUserAsync("other-organiser", PlatformRoles.Organiser);
            Hackathon = await CreateHackathonAsync(organiser, "Matrix main");
            var other = await CreateHackathonAsync(otherOrganiser, "Matrix other");
            Draft = await CreateHackathonAsync(organiser, "Matrix draft");
            await WithScopeAsync(async sp => await sp.GetRequiredService<Core.Hackathons.HackathonService>().SetPublishedAsync(Draft.Id, false));
            await ApplyAsync(Hackathon, participant);
            await ApplyAsync(other, otherParticipant);
            Group = await GroupAsync(Hackathon, "Alpha", participant);
            await GroupAsync(other, "Beta", otherParticipant);
            await AppointAsync(Hackathon, tutor, StaffRole.Tutor);
            await AppointAsync(other, otherTutor, StaffRole.Tutor);

            Clients.Add(NewClient());
            foreach (var email in new[] { participant.Email!, otherParticipant.Email!, tutor.Email!, otherTutor.Email!, organiser.Email! })
            {
                var client = NewClient();
                await client.SignInAsync(email, Password);
                Clients.Add(client);
            }

            var admin = NewClient();
            await admin.SignInAsync(AdminEmail, AdminPassword);
            Clients.Add(admin);
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            Clients.ForEach(c => c.Dispose());
            return Task.CompletedTask;
        }
    }
}
