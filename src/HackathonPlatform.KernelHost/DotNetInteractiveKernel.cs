using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Ours = HackathonPlatform.Notebooks.Kernels;
using Upstream = Microsoft.DotNet.Interactive;

namespace HackathonPlatform.KernelHost;

/// <summary>A C# kernel on .NET Interactive's <see cref="CSharpKernel"/>.</summary>
public sealed class DotNetInteractiveKernel : ICodeKernel
{
    private readonly CSharpKernel _kernel;
    private int _executionCount;

    /// <summary>Creates the kernel and references the given assemblies so cells can use them.</summary>
    /// <param name="references">Paths of assemblies to reference (our libraries).</param>
    public DotNetInteractiveKernel(IEnumerable<string> references)
    {
        _kernel = new CSharpKernel().UseKernelHelpers();
        // Plain text first: the grader reads text/plain (numbers give partial credit), browsers
        // still get the HTML rendering.
        Formatter.SetPreferredMimeTypesFor(typeof(object), "text/plain", "text/html");
        _kernel.AddAssemblyReferences(references);
    }

    /// <inheritdoc />
    public string Language => "csharp";

    /// <inheritdoc />
    public async Task WarmUpAsync()
    {
        await _kernel.SendAsync(new Upstream.Commands.SubmitCode("System.Console.Write(string.Empty); 1 + 1"));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Ours.KernelEvent> SubmitAsync(string token, string code, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<Ours.KernelEvent>(new UnboundedChannelOptions { SingleReader = true });
        var command = new Upstream.Commands.SubmitCode(code);
        using var subscription = _kernel.KernelEvents.Subscribe(e =>
        {
            if (e is not Upstream.Events.CommandSucceeded and not Upstream.Events.CommandFailed && EventMapper.Map(token, e) is { } mapped)
            {
                channel.Writer.TryWrite(mapped);
            }
        });
        var run = RunAsync(command, token, channel.Writer, cancellationToken);
        await foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None))
        {
            yield return item;
        }

        await run;
    }

    /// <inheritdoc />
    public void Dispose() => _kernel.Dispose();

    private async Task RunAsync(Upstream.Commands.SubmitCode command, string token, ChannelWriter<Ours.KernelEvent> writer, CancellationToken cancellationToken)
    {
        Ours.KernelEvent terminal;
        try
        {
            var result = await _kernel.SendAsync(command, cancellationToken);
            var failed = result.Events.OfType<Upstream.Events.CommandFailed>().FirstOrDefault(f => f.Command == command);
            terminal = failed is null
                ? new Ours.CommandSucceeded(token, Interlocked.Increment(ref _executionCount))
                : EventMapper.Failure(token, failed);
        }
        catch (OperationCanceledException)
        {
            terminal = new Ours.CommandFailed(token, "KernelInterrupted", "The cell was interrupted.", []);
        }
#pragma warning disable CA1031 // The protocol must end every command, whatever the engine threw.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            terminal = new Ours.CommandFailed(token, ex.GetType().FullName ?? "Error", ex.Message, []);
        }

        writer.TryWrite(terminal);
        writer.TryComplete();
    }
}
