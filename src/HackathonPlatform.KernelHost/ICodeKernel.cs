using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost;

/// <summary>
/// Our own kernel contract. The host's protocol loop only knows this interface, so the engine
/// behind it (.NET Interactive today, archived upstream) can be replaced without touching clients.
/// </summary>
public interface ICodeKernel : IDisposable
{
    /// <summary>The language name reported in <see cref="KernelReady"/>, e.g. <c>csharp</c>.</summary>
    string Language { get; }

    /// <summary>Compiles and runs a warm-up cell whose events are discarded, so the first user cell is fast.</summary>
    /// <returns>A task that completes when the warm-up ran.</returns>
    Task WarmUpAsync();

    /// <summary>
    /// Runs one cell. Output events are yielded while the cell runs; the last event is always
    /// <see cref="CommandSucceeded"/> or <see cref="CommandFailed"/>.
    /// </summary>
    /// <param name="token">The command's token, copied into every event.</param>
    /// <param name="code">The cell's source.</param>
    /// <param name="cancellationToken">Best effort only: a running loop cannot be stopped in-process.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<KernelEvent> SubmitAsync(string token, string code, CancellationToken cancellationToken);
}
