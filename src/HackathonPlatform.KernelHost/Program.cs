using System.Diagnostics;
using HackathonPlatform.KernelHost;
using HackathonPlatform.Notebooks.Kernels;

// One kernel per process: events go out on a private copy of stdout, commands come in on stdin,
// logs go to stderr. See KernelLoop for the protocol and NativeMethods for why stdout is moved.
var clock = Stopwatch.StartNew();
var options = HostOptions.Parse(args);
if (OperatingSystem.IsLinux() && NativeMethods.StartOwnSession() is { } sessionProblem)
{
    HostLog.Write($"{sessionProblem}: processes a cell leaves running are found only below the kernel");
}

using var protocol = new ProtocolWriter(NativeMethods.DetachStandardOutput());
Console.SetOut(HostLog.Stream);
Console.SetError(HostLog.Stream);
using var kernel = new DotNetInteractiveKernel(options.References);
if (options.WarmUp)
{
    await kernel.WarmUpAsync();
}

protocol.Write(new KernelReady(KernelReady.Token, kernel.Language, Environment.ProcessId, clock.ElapsedMilliseconds));
HostLog.Write($"ready in {clock.ElapsedMilliseconds} ms");
using var loop = new KernelLoop(kernel, protocol, options);
await loop.RunAsync(Console.In);
return 0;
