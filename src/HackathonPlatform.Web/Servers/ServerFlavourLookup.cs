using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning.Flavours;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The owner's flavour for the cluster backends, whose spawners need it (size, GPUs, placement).
/// The rule is <see cref="FlavourCatalog.ChooseFor"/>, as in <see cref="ServerUsage"/>'s admission. Synchronous because <see cref="ISpawnerFactory.Create"/> is.
/// </summary>
internal sealed class ServerFlavourLookup(IServiceScopeFactory scopes, IOptions<ServerOptions> options)
{
    public Flavour For(WorkspaceOwner owner)
    {
        var o = options.Value;
        if (o.Flavours.Count == 0)
        {
            return ServerUsage.Cpu;
        }

        string? hackathon = null, group = null;
        if (owner.GroupId is { } groupId)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var found = db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(g => new { g.Name, g.Hackathon!.Slug }).FirstOrDefault();
            (hackathon, group) = (found?.Slug, found?.Name);
        }

        return new FlavourCatalog(new FlavourOptions { Items = o.Flavours, Default = o.DefaultFlavour }).ChooseFor(hackathon, group, ServerUsage.Cpu);
    }
}
