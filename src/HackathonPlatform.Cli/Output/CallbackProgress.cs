namespace HackathonPlatform.Cli.Output;

/// <summary>
/// An IProgress that calls back on the reporting thread (System.Progress would post to the thread pool,
/// so bars could lag or update after the run ended).
/// </summary>
internal sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    public void Report(T value) => callback(value);
}
