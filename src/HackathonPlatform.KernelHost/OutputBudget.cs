using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost;

/// <summary>
/// Caps the output one cell sends: past the budget, output is cut and a single notice is sent
/// instead. Done in the host (not only in the client) so that a cell printing 100 MB does not push
/// 100 MB through the pipe.
/// </summary>
internal sealed class OutputBudget(long maxBytes)
{
    private long _used;
    private bool _noticeSent;

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
