using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>A signed-in participant of the demo hackathon (in a group of their own) and the calls the exercise API offers.</summary>
internal sealed class GradingClient(HubClient client, PlatformUser user, Group? group) : IDisposable
{
    public HubClient Client { get; } = client;

    public PlatformUser User { get; } = user;

    public Group? Group { get; } = group;

    public static async Task<GradingClient> ParticipantAsync(GradingHubFactory hub, string name, bool withGroup = true)
    {
        var user = await hub.CreateUserAsync(name);
        var demo = await hub.DemoHackathonAsync();
        await hub.ApplyAsync(demo, user);
        var group = withGroup ? await hub.GroupAsync(demo, "Group of " + name, user) : null;
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return new GradingClient(client, user, group);
    }

    public Task<string> ReleaseAsync(string exercise = GradingHubFactory.Exercise) => Client.Http.GetStringAsync($"/api/exercises/{exercise}/notebook");

    public async Task<HttpResponseMessage> SubmitAsync(byte[] notebook, string exercise = GradingHubFactory.Exercise, string fileName = "work.ipynb")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(notebook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-ipynb+json");
        form.Add(file, "notebook", fileName);
        return await Client.Http.PostAsync($"/api/exercises/{exercise}/submissions", form);
    }

    public async Task<SubmissionDto> SubmitAndWaitAsync(byte[] notebook, string exercise = GradingHubFactory.Exercise)
    {
        using var response = await SubmitAsync(notebook, exercise);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<SubmissionDto>())!;
        return await WaitGradedAsync(created.Id, exercise);
    }

    public async Task<SubmissionDto> WaitGradedAsync(int submissionId, string exercise = GradingHubFactory.Exercise)
    {
        for (var i = 0; i < 200; i++)
        {
            var mine = await MineAsync(submissionId, exercise);
            if (mine.Status is "graded" or "error" or "failed")
            {
                return mine;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Submission {submissionId} was not graded within 20 s.");
    }

    public async Task<SubmissionDto> MineAsync(int submissionId, string exercise = GradingHubFactory.Exercise) =>
        (await Client.Http.GetFromJsonAsync<SubmissionDto>($"/api/exercises/{exercise}/submissions/{submissionId}"))!;

    public void Dispose() => Client.Dispose();
}
