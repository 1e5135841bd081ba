using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// A hub with the local job backend, a CPU flavour and a one-GPU flavour for groups named "Gpu team", polling jobs
/// five times a second. Its data folder may be shared by two hubs one after the other (a restart); the jobs it
/// leaves running are cancelled when the last one is disposed.
/// </summary>
public class JobsHub : HubFactory
{
    public JobsHub()
        : this(Path.Combine(Path.GetTempPath(), "hp-jobs-" + Guid.NewGuid().ToString("N")[..8]), ownsData: true)
    {
    }

    internal JobsHub(string dataDirectory, bool ownsData)
    {
        DataDirectory = dataDirectory;
        OwnsData = ownsData;
    }

    public string DataDirectory { get; }

    private bool OwnsData { get; }

    private int cancelled;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Servers:WarmKernel", "false");
        builder.UseSetting("Servers:DefaultFlavour", "cpu");
        builder.UseSetting("Servers:Flavours:0:Name", "cpu");
        builder.UseSetting("Servers:Flavours:0:MemoryMb", "1024");
        builder.UseSetting("Servers:Flavours:1:Name", "gpu-a100");
        builder.UseSetting("Servers:Flavours:1:GpuCount", "1");
        builder.UseSetting("Servers:Flavours:1:MemoryMb", "1024");
        builder.UseSetting("Servers:Flavours:1:Groups:0", "Gpu team");
        builder.UseSetting("Jobs:PollSeconds", "0.2");
    }

    public Task<List<BatchJob>> JobsAsync(int groupId) =>
        WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().BatchJobs.AsNoTracking().Where(j => j.GroupId == groupId).ToListAsync());

    public Task<List<UsageRecord>> JobRecordsAsync(int jobId) =>
        WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().UsageRecords.AsNoTracking().Where(u => u.OwnerKey == $"job-{jobId}").ToListAsync());

    /// <summary>Polls the saved job until <paramref name="done"/> holds.</summary>
    public async Task<BatchJob> WaitForAsync(int jobId, Func<BatchJob, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().BatchJobs.AsNoTracking().FirstAsync(j => j.Id == jobId));
            if (done(job))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeout.TotalSeconds:0} s waiting for job {jobId} {what}; it is {job.State}: {job.Reason}");
            await Task.Delay(200);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await CancelUnfinishedAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        CancelUnfinishedAsync().GetAwaiter().GetResult();
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (OwnsData && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Tests stop every process they start: jobs still running at the end are cancelled.</summary>
    private async Task CancelUnfinishedAsync()
    {
        // A hub that is restarted (not the last one on its data) leaves its jobs running: that is what is tested.
        if (!OwnsData || Interlocked.Exchange(ref cancelled, 1) == 1)
        {
            return;
        }

        try
        {
            await WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<HubDbContext>();
                var service = sp.GetRequiredService<BatchJobService>();
                foreach (var job in await db.BatchJobs.AsNoTracking().Where(j => j.State == BatchJobState.Pending || j.State == BatchJobState.Running).ToListAsync())
                {
                    await service.CancelAsync(job.GroupId, job.Id);
                }

                return 0;
            });
        }
        catch (ObjectDisposedException)
        {
            // Never started.
        }
    }
}
