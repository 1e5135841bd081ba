using System.Runtime.CompilerServices;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests.Fakes;

/// <summary>Starts, but takes its time and says so (a busy cluster): several Starting events, then Ready.</summary>
public sealed class SlowSpawner(TimeSpan delay) : FakeSpawner
{
    protected override string Backend => "fake-slow";

    protected override async IAsyncEnumerable<SpawnProgress> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Delay(delay / 3, cancellationToken);
            yield return SpawnProgress.Starting($"Waiting ({i}/3).");
        }

        yield return SpawnProgress.Ready(new Uri("http://127.0.0.1:1/servers/slow/"));
    }
}
