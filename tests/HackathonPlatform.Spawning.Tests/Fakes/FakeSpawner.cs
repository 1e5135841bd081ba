using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests.Fakes;

/// <summary>
/// An in-memory spawner that keeps the contract; subclasses choose how a start goes. "Running"
/// servers live in a static table keyed by id, so a new instance can re-attach as after a hub restart.
/// </summary>
public abstract class FakeSpawner : ISpawner
{
    private static readonly ConcurrentDictionary<string, ServerEndpoint> Running = new();
    private string? _id;
    private int _lastExit;
    private bool _starting;

    public ServerEndpoint? Endpoint => _id is not null && Running.TryGetValue(_id, out var endpoint) ? endpoint : null;

    protected abstract string Backend { get; }

    public async IAsyncEnumerable<SpawnProgress> StartAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_starting || await PollAsync(cancellationToken) is null)
        {
            throw new InvalidOperationException("Already running or starting.");
        }

        _starting = true;
        try
        {
            yield return SpawnProgress.Pending("Queued.");
            var id = Guid.NewGuid().ToString("N");
            await foreach (var progress in RunAsync(cancellationToken))
            {
                if (progress.Phase == SpawnPhase.Ready)
                {
                    Running[id] = new ServerEndpoint(progress.Url!, "fake-token");
                    _id = id;
                }
                else if (progress.Phase == SpawnPhase.Failed)
                {
                    _lastExit = 1;
                }

                yield return progress;
                if (progress.IsTerminal)
                {
                    yield break;
                }
            }
        }
        finally
        {
            _starting = false;
        }
    }

    public Task<int?> PollAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<int?>(_starting || Endpoint is not null ? null : _lastExit);

    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_id is not null)
        {
            Running.TryRemove(_id, out _);
            (_id, _lastExit) = (null, 0);
        }

        return Task.CompletedTask;
    }

    public SpawnerState GetState() => new(Backend, Endpoint is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["id"] = _id! });

    public void LoadState(SpawnerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Backend != Backend)
        {
            throw new ArgumentException("Another backend's state.", nameof(state));
        }

        _id = state.Get("id");
    }

    /// <summary>The events after Pending; must end with one terminal event.</summary>
    protected abstract IAsyncEnumerable<SpawnProgress> RunAsync(CancellationToken cancellationToken);
}
