using System.Net;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>The hub picks up a new exercise folder by itself, without a restart.</summary>
public sealed class ExerciseWatcherTests(GradingHubFactory hub) : IClassFixture<GradingHubFactory>
{
    [Fact]
    public async Task A_new_exercise_folder_is_offered_within_seconds()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "watcher-will", withGroup: false);
        var id = ExerciseFolders.NewId("watched");
        using (var before = await p.Client.GetAsync($"/api/exercises/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        ExerciseFolders.Create(hub, id, ExerciseFolders.Settings("Watched", DateTimeOffset.UtcNow.AddDays(3), "none"));
        var status = HttpStatusCode.NotFound;
        for (var i = 0; i < 100 && status == HttpStatusCode.NotFound; i++)
        {
            await Task.Delay(100);
            using var response = await p.Client.GetAsync($"/api/exercises/{id}");
            status = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
