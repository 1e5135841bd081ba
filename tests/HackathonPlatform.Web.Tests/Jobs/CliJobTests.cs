using System.Net;
using System.Net.Sockets;
using HackathonPlatform.Cli;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// `hackathon job` against a real hub on a loopback port (Kestrel, local job backend), run in-process: jobs go
/// through the hub's API with a personal API token, so they are listed and counted; refusals print the hub's reason.
/// </summary>
public sealed class CliJobTests(CliJobTests.Hub hub) : IClassFixture<CliJobTests.Hub>
{
    [Fact]
    public async Task A_member_submits_lists_reads_the_log_of_and_cancels_jobs_through_the_hub()
    {
        var (group, member) = await GroupWithMemberAsync("Cli jobs", "Plain team");
        var tokenFile = await hub.TokenFileAsync(member);
        var script = ScriptFile("echo hello from cli job $HACKATHON_JOB_ID\n");

        var submitted = await RunAsync("job", "submit", script, "--flavour", "cpu", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
        Assert.True(submitted.ExitCode == 0, submitted.Error);
        var id = int.Parse(submitted.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var job = await hub.WaitForAsync(id, j => j.HasEnded, TimeSpan.FromSeconds(60), "to end");
        var list = await RunAsync("job", "list", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
        var logs = await RunAsync("job", "logs", $"{id}", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");

        // The hub owns it: stored for the group, submitted by the member, named after the script.
        Assert.Equal((group.Id, member.Id, Path.GetFileName(script), BatchJobState.Completed), (job.GroupId, job.UserId, job.Name, job.State));
        Assert.Equal(0, list.ExitCode);
        Assert.StartsWith($"{id}\tCompleted\tcpu\t0\t", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, logs.ExitCode);
        Assert.Contains($"hello from cli job {id}", logs.Output, StringComparison.Ordinal);

        var sleeper = await RunAsync("job", "submit", ScriptFile("sleep 120\n"), "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
        var sleeperId = int.Parse(sleeper.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await hub.WaitForAsync(sleeperId, j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");
        var cancelled = await RunAsync("job", "cancel", $"{sleeperId}", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
        Assert.True(cancelled.ExitCode == 0, cancelled.Error);
        Assert.Equal(BatchJobState.Cancelled, (await hub.WaitForAsync(sleeperId, j => j.HasEnded, TimeSpan.FromSeconds(30), "to end")).State);
    }

    [Fact]
    public async Task Quota_and_flavour_refusals_print_the_hubs_reason_and_exit_1()
    {
        var (gpuGroup, gpuMember) = await GroupWithMemberAsync("Cli quota", "Gpu team");
        var (plainGroup, plainMember) = await GroupWithMemberAsync("Cli flavour", "Plain team");
        await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == gpuGroup.HackathonId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.GpuHoursPerGroup, 0)));
        var script = ScriptFile("echo should not run\n");

        var overQuota = await RunAsync("job", "submit", script, "-f", "gpu-a100", "--hub", hub.BaseUrl, "--token-file", await hub.TokenFileAsync(gpuMember), "--group", $"{gpuGroup.Id}");
        var notAllowed = await RunAsync("job", "submit", script, "-f", "gpu-a100", "--hub", hub.BaseUrl, "--token-file", await hub.TokenFileAsync(plainMember), "--group", $"{plainGroup.Id}");

        Assert.Equal(1, overQuota.ExitCode);
        Assert.Contains("used 0 of its 0 GPU-hours", overQuota.Error, StringComparison.Ordinal);
        Assert.Equal(1, notAllowed.ExitCode);
        Assert.Contains("gpu-a100", notAllowed.Error, StringComparison.Ordinal);
        Assert.Empty(await hub.JobsAsync(gpuGroup.Id));
        Assert.Empty(await hub.JobsAsync(plainGroup.Id));
    }

    [Fact]
    public async Task Another_groups_jobs_a_revoked_token_and_no_token_are_refused_clearly()
    {
        var (group, member) = await GroupWithMemberAsync("Cli access", "Plain team");
        var (otherGroup, _) = await GroupWithMemberAsync("Cli other", "Plain team");
        var tokenFile = await hub.TokenFileAsync(member);

        var forbidden = await RunAsync("job", "list", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{otherGroup.Id}");
        Assert.Equal(1, forbidden.ExitCode);
        Assert.Contains($"may not use the jobs of group {otherGroup.Id} (403 Forbidden)", forbidden.Error, StringComparison.Ordinal);

        await hub.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            var hash = ApiTokenService.Hash((await File.ReadAllTextAsync(tokenFile)).Trim());
            return await db.ApiTokens.Where(t => t.SecretHash == hash).ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow));
        });
        var revoked = await RunAsync("job", "list", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
        Assert.Equal(1, revoked.ExitCode);
        Assert.Contains("The API token was revoked", revoked.Error, StringComparison.Ordinal);

        // Only this class reads these variables, and its tests run one after the other.
        var saved = Environment.GetEnvironmentVariable("HACKATHON_TOKEN");
        Environment.SetEnvironmentVariable("HACKATHON_TOKEN", null);
        try
        {
            var noToken = await RunAsync("job", "list", "--hub", hub.BaseUrl, "--group", $"{group.Id}");
            Assert.Equal(2, noToken.ExitCode);
            Assert.Contains("no API token: create one at", noToken.Error, StringComparison.Ordinal);
            var noHub = await RunAsync("job", "list", "--token-file", tokenFile, "--group", $"{group.Id}", "--hub", "not a url");
            Assert.Equal(2, noHub.ExitCode);
            Assert.Contains("give the hub's address", noHub.Error, StringComparison.Ordinal);
            var noScript = await RunAsync("job", "submit", "/no/such/script.sh", "--hub", hub.BaseUrl, "--token-file", tokenFile, "--group", $"{group.Id}");
            Assert.Equal(2, noScript.ExitCode);

            // The environment's form: HACKATHON_TOKEN and HACKATHON_GROUP.
            Environment.SetEnvironmentVariable("HACKATHON_TOKEN", await File.ReadAllTextAsync(await hub.TokenFileAsync(member)));
            Environment.SetEnvironmentVariable("HACKATHON_GROUP", $"{group.Id}");
            var fromEnvironment = await RunAsync("job", "list", "--hub", hub.BaseUrl);
            Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HACKATHON_TOKEN", saved);
            Environment.SetEnvironmentVariable("HACKATHON_GROUP", null);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // The command blocks on its own HTTP calls; off the test's thread the in-process hub keeps serving.
        var code = await Task.Run(() => HackathonCli.Run(args, output, error));
        return (code, output.ToString(), error.ToString());
    }

    private string ScriptFile(string content)
    {
        var path = hub.TempFile("cli-job-", ".sh");
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(Group Group, PlatformUser Member)> GroupWithMemberAsync(string title, string groupName)
    {
        var tag = title.Replace(' ', '-').ToLowerInvariant();
        var organiser = await hub.CreateUserAsync($"{tag}-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync($"{tag}-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, title);
        await hub.ApplyAsync(hackathon, member);
        return (await hub.GroupAsync(hackathon, groupName, member), member);
    }

    /// <summary>The jobs hub on a real loopback port, so the CLI reaches it over HTTP as it would any hub.</summary>
    public sealed class Hub : JobsHub, IAsyncLifetime
    {
        private readonly List<string> files = [];

        public string BaseUrl { get; private set; } = "";

        public Task InitializeAsync()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            UseKestrel(port);
            StartServer();
            BaseUrl = $"http://127.0.0.1:{port}";
            return Task.CompletedTask;
        }

        /// <summary>A new API token of <paramref name="user"/> in a temporary file, as --token-file reads it.</summary>
        public async Task<string> TokenFileAsync(PlatformUser user)
        {
            var secret = await WithScopeAsync(async sp => (await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "cli test", 1)).Value!.Secret);
            var path = TempFile("cli-token-", "");
            await File.WriteAllTextAsync(path, secret + "\n");
            return path;
        }

        /// <summary>A temporary file name, deleted with the hub.</summary>
        public string TempFile(string prefix, string extension)
        {
            var path = Path.Combine(Path.GetTempPath(), $"{prefix}{Guid.NewGuid():N}{extension}");
            files.Add(path);
            return path;
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            files.ForEach(File.Delete);
            await DisposeAsync();
        }
    }
}
