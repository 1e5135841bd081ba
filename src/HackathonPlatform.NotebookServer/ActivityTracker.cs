namespace HackathonPlatform.NotebookServer;

/// <summary>When a user last did something here (requests and kernel activity), for idle culling.</summary>
public sealed class ActivityTracker
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref _ticks, DateTimeOffset.UtcNow.UtcTicks);
}
