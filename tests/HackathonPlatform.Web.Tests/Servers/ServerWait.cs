using System.Diagnostics;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>Waiting for a server's state, through the manager or (to not trigger the manager's own exit check) the database.</summary>
internal static class ServerWait
{
    /// <summary>Waits until the server is ready; fails with its last message when it fails or takes too long.</summary>
    public static async Task<ServerView> ReadyAsync(ServerManager manager, WorkspaceOwner owner, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var view = await manager.GetAsync(owner, CancellationToken.None);
            Assert.True(view.State != NotebookServerState.Failed, $"The server failed: {view.Message}");
            if (view.State == NotebookServerState.Ready)
            {
                return view;
            }

            Assert.True(clock.Elapsed < (limit ?? TimeSpan.FromSeconds(120)), $"The server was not ready in time: {view.State} {view.Message}");
            await Task.Delay(250);
        }
    }

    /// <summary>The server's database record once <paramref name="done"/> holds for it, without asking the manager.</summary>
    public static async Task<NotebookServerRecord> RecordAsync(HubFactory hub, WorkspaceOwner owner, Func<NotebookServerRecord, bool> done, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var record = await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().NotebookServers.AsNoTracking().FirstOrDefaultAsync(r => r.OwnerKey == owner.Key));
            if (record is not null && done(record))
            {
                return record;
            }

            Assert.True(clock.Elapsed < limit, $"Waited {limit.TotalSeconds:0} s for {what}; the record says {record?.State} {record?.Message}");
            await Task.Delay(200);
        }
    }

    /// <summary>The owner's usage records.</summary>
    public static Task<List<UsageRecord>> UsageAsync(HubFactory hub, WorkspaceOwner owner) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().UsageRecords.AsNoTracking().Where(u => u.OwnerKey == owner.Key).OrderBy(u => u.Id).ToListAsync());
}
