using HackathonPlatform.Core.Entities;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>Local jobs run in the kernels' sandbox: only their own folder writable, no network, another uid under root.</summary>
public sealed class LocalJobSandboxTests(JobsHub hub) : IClassFixture<JobsHub>
{
    [Fact]
    public async Task A_local_job_may_write_only_its_own_folder_and_reach_no_network()
    {
        Assert.True(KernelSandbox.IsBubblewrapAvailable, "bubblewrap is needed here (./test.sh installs it)");
        // A port that is open on the host's loopback: only a separate network namespace keeps the job from it.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var script = $$"""
            echo data > "$HACKATHON_WORKSPACE/outside.txt" 2>/dev/null && echo workspace:written || echo workspace:refused
            echo data > inside.txt && echo folder:written
            (exec 3<>/dev/tcp/127.0.0.1/{{port}}) 2>/dev/null && echo network:open || echo network:closed
            echo uid:$(id -u)
            """;

        var job = await RunAsync("Sandboxed jobs", script);
        var log = await File.ReadAllTextAsync(job.LogPath);

        Assert.Equal(BatchJobState.Completed, job.State);
        Assert.Contains("workspace:refused", log, StringComparison.Ordinal);
        Assert.Contains("folder:written", log, StringComparison.Ordinal);
        Assert.Contains("network:closed", log, StringComparison.Ordinal);
        if (Environment.IsPrivilegedProcess)
        {
            Assert.DoesNotContain("uid:0\n", log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_particle_id_script_trains_as_a_local_job_and_prints_the_report()
    {
        var script = "export TRAIN_OPTIONS='--train 600 --test 300 --epochs 1 --threads 1'\n" + await File.ReadAllTextAsync(Repository.File("exercises/particle-id/train.sh"));

        var job = await RunAsync("Local training", script);
        var log = await File.ReadAllTextAsync(job.LogPath);

        Assert.True(job.State == BatchJobState.Completed, log);
        Assert.Matches("\"accuracy\": 0\\.[0-9]+", log);
    }

    private async Task<BatchJob> RunAsync(string title, string script)
    {
        var tag = title.Replace(' ', '-').ToLowerInvariant();
        var organiser = await hub.CreateUserAsync($"{tag}-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync($"{tag}-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, title);
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Plain team", member);
        var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest(script, "cpu")));
        Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        return await hub.WaitForAsync(outcome.Value!.Id, j => j.HasEnded, TimeSpan.FromSeconds(90), "to end");
    }
}
