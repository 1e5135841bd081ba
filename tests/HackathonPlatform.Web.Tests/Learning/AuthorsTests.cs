using System.Net;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Learning;

public sealed class AuthorsTests : IClassFixture<AuthorsTests.BrokenCoursesHub>
{
    private readonly BrokenCoursesHub hub;

    public AuthorsTests(BrokenCoursesHub hub) => this.hub = hub;

    [Fact]
    public async Task A_lecture_with_broken_front_matter_is_left_out_and_listed_for_organisers_only()
    {
        var organiser = await hub.CreateUserAsync("author", PlatformRoles.Organiser);
        var participant = await hub.CreateUserAsync("reader");
        using var anonymous = hub.NewClient();
        using var author = hub.NewClient();
        using var reader = hub.NewClient();
        await author.SignInAsync(organiser.Email!, HubFactory.Password);
        await reader.SignInAsync(participant.Email!, HubFactory.Password);

        var course = await anonymous.Http.GetStringAsync("/courses/sample");
        var diagnostics = await author.Http.GetStringAsync("/authors/diagnostics");

        Assert.Contains("Good lecture", course, StringComparison.Ordinal);
        Assert.DoesNotContain("/courses/sample/broken", course, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/courses/sample/broken")).StatusCode);
        Assert.Contains("sample/broken.md", diagnostics, StringComparison.Ordinal);
        Assert.Contains("This quiz is not available", await anonymous.Http.GetStringAsync("/courses/sample/good"), StringComparison.Ordinal);
        Assert.Contains("/account/login", (await anonymous.GetAsync("/authors/diagnostics")).Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await reader.GetAsync("/authors/diagnostics")).Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_html_and_script_in_a_lecture_are_neutralised()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/courses/sample/good");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    /// <summary>The hub over a small courses folder with one good and one broken lecture.</summary>
    public sealed class BrokenCoursesHub : HubFactory
    {
        private readonly string courses = Path.Combine(Path.GetTempPath(), "hp-courses-" + Guid.NewGuid().ToString("N")[..8]);

        public BrokenCoursesHub()
        {
            var folder = Directory.CreateDirectory(Path.Combine(courses, "sample")).FullName;
            File.WriteAllText(Path.Combine(folder, "course.yml"), "title: Sample\nsummary: Test course.\nlectures: [good, broken]\n");
            File.WriteAllText(Path.Combine(folder, "good.md"), """
                ---
                title: Good lecture
                ---
                Text with <script>alert(1)</script> and <img src=x onerror=alert(2)>.

                ```quiz
                id: bad-quiz
                type: single
                question: No correct option here.
                options:
                  - text: A
                  - text: B
                ```
                """);
            File.WriteAllText(Path.Combine(folder, "broken.md"), "---\ntitle: [unterminated\n---\nBody\n");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Learning:CoursesDirectory", courses);
            builder.UseSetting("Learning:WatchCourses", "false");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Directory.Exists(courses))
            {
                Directory.Delete(courses, recursive: true);
            }
        }
    }
}
