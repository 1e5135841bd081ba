using System.Collections.Concurrent;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// One lock per hackathon around GPU admission (check the quota, then record the job), so that two simultaneous
/// submissions cannot both pass a check that only one of them fits. In-process only: several hub processes on one
/// database would need a database lock instead (e.g. <c>HubDbContext.LockHackathonAsync</c> in a transaction).
/// </summary>
public sealed class HackathonAdmissionLocks
{
    // One semaphore per hackathon, kept for the hub's lifetime: a hub serves few hackathons.
    private readonly ConcurrentDictionary<int, SemaphoreSlim> locks = new();

    /// <summary>Waits for the hackathon's admission lock; disposing the result releases it.</summary>
    public async Task<IDisposable> EnterAsync(int hackathonId, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(hackathonId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
