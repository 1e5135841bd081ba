using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Runs a program other than the kernel host (a batch job's script on the hub's machine) under the kernels'
/// sandbox: the same prlimit limits, bubblewrap mounts, dropped uid and scrubbed environment, one implementation.
/// </summary>
public static class SandboxedCommand
{
    /// <summary>The start info of <paramref name="options"/>' host run with <paramref name="arguments"/> in the sandbox.</summary>
    /// <param name="options">The program (<see cref="KernelProcessOptions.HostPath"/>, e.g. <c>/bin/bash</c>), its writable folder, limits and environment.</param>
    /// <param name="arguments">The program's arguments.</param>
    /// <param name="isolation">From <see cref="KernelProcess.PlanIsolation"/>; a dropped uid needs the working directory writable for it.</param>
    /// <param name="homeDirectory">HOME and TMPDIR when bubblewrap is not used (inside it they are a private /tmp).</param>
    /// <returns>The start info; its standard streams are redirected (set them as needed).</returns>
    public static ProcessStartInfo Create(KernelProcessOptions options, IReadOnlyList<string> arguments, KernelIsolation isolation, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(isolation);
        return KernelLaunch.Create(options, isolation, homeDirectory, arguments);
    }
}
