using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Web.Servers;

/// <summary>Makes the spawner of the configured backend for one owner's server.</summary>
public interface ISpawnerFactory
{
    /// <summary>A new, not yet started spawner.</summary>
    /// <param name="owner">Whose server.</param>
    /// <param name="flavour">The flavour admitted for this start (or recorded at the start being re-attached); the cluster backends size the server by it.</param>
    ISpawner Create(WorkspaceOwner owner, Flavour flavour);
}
