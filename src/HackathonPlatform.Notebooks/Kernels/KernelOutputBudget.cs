namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Caps the output of one cell: past the budget, output is cut and a single notice is sent instead.
/// The kernel host applies it (so a cell printing 100 MB does not push 100 MB through the pipe)
/// and so does <see cref="KernelProcess"/> (so a misbehaving host cannot flood its client).
/// Sizes are counted in characters of text, which is bytes for ASCII output.
/// </summary>
/// <param name="maxBytes">The budget of one cell.</param>
public sealed class KernelOutputBudget(long maxBytes)
{
    private long _used;
    private bool _noticeSent;

    /// <summary>Whether output was cut.</summary>
    public bool Exceeded => _noticeSent;

    /// <summary>Passes an event through the budget.</summary>
    /// <param name="kernelEvent">Any event; only output events are counted.</param>
    /// <returns>The event, a cut copy of it and/or the truncation notice, or nothing.</returns>
    public IEnumerable<KernelEvent> Filter(KernelEvent kernelEvent)
    {
        var size = Size(kernelEvent);
        if (size == 0 || _used + size <= maxBytes)
        {
            _used += size;
            yield return kernelEvent;
            yield break;
        }

        var left = (int)Math.Max(0, maxBytes - _used);
        _used = maxBytes;
        // Streams are cut to the byte budget so the reader sees where the output stopped; rich
        // values cannot be cut without breaking them, so they are dropped.
        if (left > 0 && kernelEvent is StandardOutputProduced o)
        {
            yield return o with { Text = o.Text[..left] };
        }
        else if (left > 0 && kernelEvent is StandardErrorProduced e)
        {
            yield return e with { Text = e.Text[..left] };
        }

        if (!_noticeSent)
        {
            _noticeSent = true;
            yield return new StandardErrorProduced(kernelEvent.CommandToken, Notice(maxBytes));
        }
    }

    /// <summary>The notice sent once the budget is spent.</summary>
    /// <param name="maxBytes">The budget.</param>
    /// <returns>The text, on its own lines.</returns>
    public static string Notice(long maxBytes) =>
        $"\n... Output truncated: this cell's output passed the limit of {maxBytes} bytes ...\n";

    private static long Size(KernelEvent kernelEvent) => kernelEvent switch
    {
        StandardOutputProduced o => o.Text.Length,
        StandardErrorProduced e => e.Text.Length,
        ReturnValueProduced r => r.FormattedValues.Sum(v => (long)v.Value.Length),
        DisplayedValueProduced d => d.FormattedValues.Sum(v => (long)v.Value.Length),
        _ => 0,
    };
}
