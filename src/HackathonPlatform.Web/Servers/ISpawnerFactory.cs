using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Web.Servers;

/// <summary>Makes the spawner of the configured backend for one owner's server.</summary>
public interface ISpawnerFactory
{
    /// <summary>A new, not yet started spawner.</summary>
    ISpawner Create(WorkspaceOwner owner);
}
