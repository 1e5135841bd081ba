using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace HackathonPlatform.Katas;

/// <summary>
/// Runs one of the quantum/ scripts in its own Node process: an environment built from nothing (no
/// hub secret reaches learner code), a V8 heap cap, input on stdin rather than argv (no size or
/// quoting limits), stdout read line by line as it comes, and the whole process tree killed at the
/// time limit or on cancellation. A runaway Q# loop cannot be stopped any other way: the simulator
/// runs synchronously inside wasm.
/// </summary>
internal static class NodeRunner
{
    private const int StderrTailLines = 20;

    public static async Task<NodeRun> RunAsync(KatasOptions options, string script, string? input, TimeSpan timeout, Action<string> onLine, CancellationToken cancellationToken)
    {
        QsharpToolchain.InstalledVersion(options.QuantumDirectory);
        var info = StartInfo(options, script);
        var clock = Stopwatch.StartNew();
        using var process = Start(info, options);
        var stderr = new Queue<string>();
        var readErrors = ReadErrorsAsync(process, stderr);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await WriteInputAsync(process, input, limit.Token);
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                onLine(line);
            }

            await process.WaitForExitAsync(limit.Token);
            await readErrors;
            return new NodeRun(process.ExitCode, false, Tail(stderr), clock.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            return new NodeRun(null, true, Tail(stderr), clock.Elapsed);
        }
        finally
        {
            Kill(process);
        }
    }

    private static ProcessStartInfo StartInfo(KatasOptions options, string script)
    {
        var quantum = Path.GetFullPath(options.QuantumDirectory);
        var info = new ProcessStartInfo(options.NodePath)
        {
            WorkingDirectory = quantum,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var flag in QsharpToolchain.NodeFlags(options.NodeHeapMegabytes))
        {
            info.ArgumentList.Add(flag);
        }

        info.ArgumentList.Add(Path.Combine(quantum, script));
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["HOME"] = Path.GetTempPath();
        return info;
    }

    private static Process Start(ProcessStartInfo info, KatasOptions options)
    {
        try
        {
            return Process.Start(info) ?? throw new QsharpToolchainException($"Could not start {options.NodePath}.");
        }
        catch (Win32Exception ex)
        {
            throw new QsharpToolchainException($"Could not start '{options.NodePath}' ({ex.Message}): install Node.js 20 or later, then run: {QsharpToolchain.InstallCommand}", ex);
        }
    }

    private static async Task WriteInputAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The script exited before reading everything; its stderr says why.
        }
    }

    private static async Task ReadErrorsAsync(Process process, Queue<string> tail)
    {
        try
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (tail)
                {
                    tail.Enqueue(line.Length > 500 ? line[..500] : line);
                    if (tail.Count > StderrTailLines)
                    {
                        tail.Dequeue();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process was killed; nothing more to read.
        }
    }

    private static string Tail(Queue<string> tail)
    {
        lock (tail)
        {
            return string.Join('\n', tail);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
