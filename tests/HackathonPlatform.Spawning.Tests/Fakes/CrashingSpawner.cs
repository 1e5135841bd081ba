using System.Runtime.CompilerServices;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests.Fakes;

/// <summary>Its server crashes while starting (a bad image, a missing library): Starting, then Failed with exit status 1.</summary>
public sealed class CrashingSpawner : FakeSpawner
{
    protected override string Backend => "fake-crashing";

    protected override async IAsyncEnumerable<SpawnProgress> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return SpawnProgress.Starting("Process started.");
        await Task.Yield();
        yield return SpawnProgress.Failed("The server exited with status 1 before it answered.");
    }
}
