using System.Runtime.CompilerServices;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests.Fakes;

/// <summary>Never becomes ready (a job stuck in a queue); gives up after its start timeout, leaving nothing running.</summary>
public sealed class NeverStartsSpawner(TimeSpan startTimeout) : FakeSpawner
{
    protected override string Backend => "fake-never";

    protected override async IAsyncEnumerable<SpawnProgress> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return SpawnProgress.Starting("Submitted; waiting for resources.");
        await Task.Delay(startTimeout, cancellationToken);
        yield return SpawnProgress.Failed($"The server did not become ready within {startTimeout.TotalSeconds:0.#} s.");
    }
}
