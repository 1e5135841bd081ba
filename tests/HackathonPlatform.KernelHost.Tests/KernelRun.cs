using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>The events of one cell, collected, with helpers for assertions.</summary>
internal sealed record KernelRun(IReadOnlyList<KernelEvent> Events, TimeSpan Elapsed)
{
    public static async Task<KernelRun> ExecuteAsync(KernelProcess kernel, string code, TimeSpan? timeout = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var events = new List<KernelEvent>();
        await foreach (var e in kernel.ExecuteAsync(code, timeout: timeout))
        {
            events.Add(e);
        }

        return new KernelRun(events, clock.Elapsed);
    }

    public KernelEvent Terminal => Events[^1];

    public bool Succeeded => Terminal is CommandSucceeded;

    public CommandFailed Failure => Assert.IsType<CommandFailed>(Terminal);

    public string Stdout => string.Concat(Events.OfType<StandardOutputProduced>().Select(e => e.Text));

    public string Stderr => string.Concat(Events.OfType<StandardErrorProduced>().Select(e => e.Text));

    public string? ReturnText => Events.OfType<ReturnValueProduced>().SelectMany(r => r.FormattedValues).FirstOrDefault(v => v.MimeType == "text/plain")?.Value;

    public override string ToString() => string.Join("\n", Events.Select(e => e.ToString()![..Math.Min(300, e.ToString()!.Length)]));
}
