using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests;

/// <summary>
/// The spawner contract, run against every backend and fake. A start may succeed or fail (fakes fail
/// on purpose); either way its events and the states around it must follow the documented rules.
/// </summary>
public abstract class SpawnerContractTests : IAsyncLifetime
{
    private readonly List<ISpawner> _created = [];

    protected abstract ISpawner CreateSpawner();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var spawner in _created)
        {
            await spawner.StopAsync();
        }
    }

    [Fact]
    public async Task Poll_before_start_reports_an_exit_status_and_stop_does_nothing()
    {
        var spawner = Create();

        Assert.NotNull(await spawner.PollAsync());
        await spawner.StopAsync();
        Assert.NotNull(await spawner.PollAsync());
        Assert.Null(spawner.Endpoint);
    }

    [Fact]
    public async Task A_start_reports_pending_first_and_ends_with_exactly_one_ready_or_failed()
    {
        var spawner = Create();

        var events = await StartAsync(spawner);

        Assert.Equal(SpawnPhase.Pending, events[0].Phase);
        Assert.Single(events, e => e.IsTerminal);
        Assert.True(events[^1].IsTerminal);
        Assert.All(events[1..^1], e => Assert.Equal(SpawnPhase.Starting, e.Phase));
        if (events[^1].Phase == SpawnPhase.Ready)
        {
            Assert.Equal(events[^1].Url, spawner.Endpoint?.Url);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(events[^1].Reason));
            Assert.Null(spawner.Endpoint);
        }
    }

    [Fact]
    public async Task A_ready_server_polls_as_running_until_stopped_and_a_failed_one_leaves_nothing_running()
    {
        var spawner = Create();

        var ready = (await StartAsync(spawner))[^1].Phase == SpawnPhase.Ready;

        Assert.Equal(ready, await spawner.PollAsync() is null);
        await spawner.StopAsync();
        Assert.NotNull(await spawner.PollAsync());
        Assert.Null(spawner.Endpoint);
    }

    [Fact]
    public async Task Starting_a_running_server_again_is_refused()
    {
        var spawner = Create();
        if ((await StartAsync(spawner))[^1].Phase != SpawnPhase.Ready)
        {
            return; // Nothing runs, so a second start is legal: nothing to refuse.
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(spawner));
    }

    [Fact]
    public async Task Saved_state_lets_a_new_spawner_reattach_after_a_hub_restart()
    {
        var first = Create();
        var ready = (await StartAsync(first))[^1].Phase == SpawnPhase.Ready;
        var saved = SpawnerState.FromJson(first.GetState().ToJson());

        var second = Create();
        second.LoadState(saved);

        Assert.Equal(ready, await second.PollAsync() is null);
        Assert.Equal(first.Endpoint, second.Endpoint);
        await second.StopAsync();
        Assert.NotNull(await second.PollAsync());
        Assert.NotNull(await first.PollAsync());
    }

    [Fact]
    public void Loading_the_state_of_another_backend_is_refused()
    {
        var spawner = Create();

        Assert.Throws<ArgumentException>(() => spawner.LoadState(new SpawnerState("some-other-backend", new Dictionary<string, string> { ["x"] = "1" })));
    }

    protected static async Task<List<SpawnProgress>> StartAsync(ISpawner spawner)
    {
        var events = new List<SpawnProgress>();
        await foreach (var progress in spawner.StartAsync())
        {
            events.Add(progress);
        }

        return events;
    }

    private ISpawner Create()
    {
        var spawner = CreateSpawner();
        _created.Add(spawner);
        return spawner;
    }
}
