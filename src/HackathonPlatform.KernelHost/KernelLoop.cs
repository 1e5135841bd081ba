using System.Threading.Channels;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost;

/// <summary>
/// Reads commands from stdin and answers with events. Cells and shutdown run one at a time in
/// arrival order; an interrupt is handled at once (best effort: a runaway loop ignores it, and the
/// client then kills the process, which is the only reliable interrupt).
/// </summary>
internal sealed class KernelLoop(ICodeKernel kernel, ProtocolWriter protocol, HostOptions options) : IDisposable
{
    private readonly Channel<KernelCommand> _queue = Channel.CreateUnbounded<KernelCommand>();
    private CancellationTokenSource _running = new();

    /// <summary>Runs until a shutdown command was answered or stdin closed.</summary>
    public async Task RunAsync(TextReader input)
    {
        var worker = Task.Run(RunQueueAsync);
        var reader = ReadAsync(input);
        await Task.WhenAny(worker, reader);
    }

    public void Dispose() => _running.Dispose();

    private async Task ReadAsync(TextReader input)
    {
        while (await input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var command = KernelProtocol.DeserializeCommand(line);
                if (command is InterruptKernel interrupt)
                {
                    await _running.CancelAsync();
                    protocol.Write(new CommandSucceeded(interrupt.Token));
                }
                else
                {
                    await _queue.Writer.WriteAsync(command);
                }
            }
            catch (KernelProtocolException ex)
            {
                HostLog.Write($"ignored a malformed command: {ex.Message}");
            }
        }

        // stdin closed: the client is gone and nobody reads our answers.
        HostLog.Write("stdin closed; exiting");
    }

    private async Task RunQueueAsync()
    {
        await foreach (var command in _queue.Reader.ReadAllAsync())
        {
            if (command is ShutdownKernel shutdown)
            {
                protocol.Write(new CommandSucceeded(shutdown.Token));
                return;
            }

            if (command is not SubmitCode cell)
            {
                continue;
            }

            var previous = _running;
            _running = new CancellationTokenSource();
            previous.Dispose();
            var budget = new KernelOutputBudget(options.MaxOutputBytes);
            await foreach (var kernelEvent in kernel.SubmitAsync(cell.Token, cell.Code, _running.Token))
            {
                foreach (var allowed in budget.Filter(kernelEvent))
                {
                    protocol.Write(allowed);
                }
            }
        }
    }
}
