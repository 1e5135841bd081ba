using System.Globalization;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Spawning;
using HackathonPlatform.Spawning.Flavours;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The default backend: one notebook server process per owner on this machine, listening on loopback,
/// with the owner's workspace folder (the same folder exercises are released into).
/// </summary>
internal sealed class LocalSpawnerFactory(IOptions<ServerOptions> options, IWorkspaceFiles workspaces) : ISpawnerFactory
{
    // Local servers share this machine: the flavour sizes nothing here (the kernel limits come from Servers:MemoryMb).
    public ISpawner Create(WorkspaceOwner owner, Flavour flavour)
    {
        var o = options.Value;
        var server = string.IsNullOrEmpty(o.ServerPath) ? ServerProgramLocator.Find() : o.ServerPath;
        var kernel = string.IsNullOrEmpty(o.KernelHostPath) ? KernelHostLocator.Find() : o.KernelHostPath;
        return new LocalProcessSpawner(new LocalSpawnerOptions
        {
            ServerPath = server ?? Path.Combine(AppContext.BaseDirectory, ServerProgramLocator.FileName),
            KernelHostPath = kernel,
            Workspace = workspaces.RootOf(owner),
            BasePath = owner.BasePath(),
            StartTimeout = TimeSpan.FromSeconds(o.StartTimeoutSeconds),
            WarmKernel = o.WarmKernel,
            ExitWithHub = o.ExitWithHub,
            ServerArguments =
            [
                "--cell-timeout", o.CellTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
                "--memory-mb", o.MemoryMb.ToString(CultureInfo.InvariantCulture),
                // With bubblewrap a kernel sees only the system folders, the programs and its own workspace:
                // the hub's database and the other workspaces are simply not mounted.
                "--sandbox", o.Sandbox,
            ],
        });
    }
}
