namespace HackathonPlatform.Core.Tests.Grading;

/// <summary>A clock the test moves by hand, to expire leases and pass deadlines without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
