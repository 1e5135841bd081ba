namespace HackathonPlatform.Core.Tests.Learning;

/// <summary>A clock that moves one second forward at every reading, so "latest" is never a tie.</summary>
internal sealed class SteppingClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now = now.AddSeconds(1);
}
