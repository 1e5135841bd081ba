using System.Globalization;
using System.Text.RegularExpressions;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HackathonPlatform.Web.Tests.Browser;

/// <summary>
/// Issue 7's journey in Chromium on a real Slurm: the organiser sets a GPU quota and allocates a GPU flavour to a
/// group on the dashboard, the group's server runs as a Slurm job with a GPU, a participant submits a batch job on
/// the jobs page and reads its output, and the dashboard shows the GPU-hours; stopping the server cancels its job.
/// </summary>
[Collection(SlurmBrowserDefinition.Name)]
public sealed partial class ClusterJourneyTests(SlurmBrowserFixture hub)
{
    private static readonly TimeSpan SlurmWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Organiser_allocates_a_gpu_flavour_the_server_and_a_batch_job_run_on_slurm_with_a_gpu_and_the_dashboard_counts_gpu_hours()
    {
        var organiserUser = await hub.CreateUserAsync("cluster-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync("cluster-member");
        var hackathon = await hub.CreateHackathonAsync(organiserUser, "GPU cluster hackathon");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Slurm team", member);

        // The organiser gives each group 10 GPU-hours and allocates the one-GPU flavour to the group.
        var organiser = await hub.NewPageAsync();
        await BrowserFixture.SignInAsync(organiser, organiserUser.Email!, HubFactory.Password);
        await organiser.GotoAsync($"/organise/{hackathon.Id}/edit");
        await organiser.FillAsync("#gpu-hours", "10");
        await organiser.ClickAsync("form.form button[type=submit]");
        await organiser.GotoAsync($"/organise/{hackathon.Id}");
        await Assertions.Expect(organiser.Locator("#usage").Locator("xpath=preceding-sibling::p[1]")).ToContainTextAsync("10 GPU-hours per group");
        var row = organiser.Locator("#usage tr[data-group='Slurm team']");
        await row.Locator("select[name=flavour]").SelectOptionAsync("gpu-one");
        await row.Locator("button:has-text('Allocate')").ClickAsync();
        await Assertions.Expect(organiser.Locator(".flash")).ToContainTextAsync("Flavour gpu-one allocated");
        await Assertions.Expect(row.Locator("select[name=flavour]")).ToHaveValueAsync("gpu-one");

        // A member starts the group's server: a Slurm job with one of the node's two GPUs.
        var participant = await hub.NewPageAsync();
        await BrowserFixture.SignInAsync(participant, member.Email!, HubFactory.Password);
        await participant.GotoAsync($"/my/servers/group-{group.Id}");
        await participant.ClickAsync("#start-server");
        // The progress page refreshes until the server is ready, then opens the workspace (as JupyterHub's does).
        await participant.WaitForURLAsync($"**/servers/group-{group.Id}/**", new() { Timeout = (float)SlurmWait.TotalMilliseconds });
        await Assertions.Expect(participant.GetByRole(AriaRole.Button, new() { Name = "New C# notebook" })).ToBeVisibleAsync();
        await participant.GotoAsync($"/my/servers/group-{group.Id}");
        await Assertions.Expect(participant.Locator("#server-state")).ToHaveTextAsync("ready");
        await Assertions.Expect(participant.Locator("#server-flavour")).ToHaveTextAsync("gpu-one");
        await Assertions.Expect(participant.Locator("#server-message")).ToHaveTextAsync(new Regex(@"^Ready: Slurm job \d+ on \S+, GPU [01]\.$"));
        await Assertions.Expect(participant.Locator("#open-workspace")).ToBeVisibleAsync();

        // The member submits a batch job with the same flavour and watches it complete on the other GPU.
        await participant.GotoAsync($"/my/jobs/{group.Id}");
        await participant.FillAsync("#submit-job input[name=Name]", "gpu-check");
        await participant.SelectOptionAsync("#submit-job select[name=Flavour]", "gpu-one");
        await participant.FillAsync("#submit-job textarea[name=Script]", "echo \"CUDA=$CUDA_VISIBLE_DEVICES\"\nsleep 2\necho done\n");
        await participant.ClickAsync("#submit-job button[type=submit]");
        await participant.WaitForURLAsync(new Regex($"/my/jobs/{group.Id}/\\d+$"));
        await Assertions.Expect(participant.Locator("#job-state")).ToHaveTextAsync("completed", new() { Timeout = (float)SlurmWait.TotalMilliseconds });
        await Assertions.Expect(participant.Locator("#job-log")).ToContainTextAsync(new Regex(@"CUDA=[01]\s+done"));
        await participant.GotoAsync($"/my/jobs/{group.Id}");
        await Assertions.Expect(participant.Locator("#jobs tr", new() { HasText = "gpu-check" }).Locator(".state")).ToContainTextAsync("completed");

        // The dashboard shows the running server's Slurm job and GPU, and GPU-hours above zero against the quota.
        await organiser.GotoAsync($"/organise/{hackathon.Id}");
        await Assertions.Expect(row.Locator(".state")).ToContainTextAsync(new Regex(@"Ready: Slurm job \d+ on \S+, GPU [01]"));
        await Assertions.Expect(row).ToContainTextAsync("gpu-one · 1 GPU");
        var hours = await row.Locator(".gpu-hours span").InnerTextAsync();
        var used = GpuHoursOfQuota().Match(hours);
        Assert.True(used.Success, $"GPU-hours cell: '{hours}'");
        Assert.InRange(double.Parse(used.Groups["used"].Value, CultureInfo.InvariantCulture), 0.0001, 1);

        // Stopping the server from the dashboard cancels its Slurm job: nothing of the group is left in the queue.
        await row.Locator("button:has-text('Stop')").ClickAsync();
        await Assertions.Expect(organiser.Locator(".flash")).ToContainTextAsync("Server stopped");
        await Assertions.Expect(row.Locator(".state")).ToContainTextAsync("Stopped");
        Assert.Equal("", (await SqueueAsync()).Trim());
    }

    [GeneratedRegex(@"^(?<used>[0-9.]+) of 10$")]
    private static partial Regex GpuHoursOfQuota();

    private async Task<string> SqueueAsync()
    {
        var info = new System.Diagnostics.ProcessStartInfo("squeue") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--noheader");
        info.ArgumentList.Add("--states=PENDING,RUNNING,CONFIGURING");
        info.Environment["SLURM_CONF"] = hub.SlurmEnv["SLURM_CONF"];
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"squeue failed: {output}");
        return output;
    }
}
