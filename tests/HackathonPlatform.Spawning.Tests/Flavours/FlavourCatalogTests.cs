using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Tests.Flavours;

public sealed class FlavourCatalogTests
{
    private static readonly FlavourCatalog Catalog = new(new FlavourOptions
    {
        Items =
        [
            new Flavour { Name = "cpu" },
            new Flavour { Name = "gpu-t4", GpuCount = 1, GpuModel = "t4", Hackathons = ["quantum-2026"] },
            new Flavour { Name = "gpu-a100", GpuCount = 1, GpuModel = "a100", Hackathons = ["quantum-2026"], Groups = ["team-qaoa"] },
        ],
    });

    [Fact]
    public void Unrestricted_flavours_are_open_to_everyone_and_restricted_ones_to_their_hackathons_and_groups()
    {
        Assert.Equal(["cpu"], Catalog.AllowedFor(null, null).Select(f => f.Name));
        Assert.Equal(["cpu", "gpu-t4"], Catalog.AllowedFor("quantum-2026", "team-vqe").Select(f => f.Name));
        Assert.Equal(["cpu", "gpu-t4", "gpu-a100"], Catalog.AllowedFor("QUANTUM-2026", "team-qaoa").Select(f => f.Name));
        Assert.Equal(["cpu"], Catalog.AllowedFor("other", "team-qaoa").Select(f => f.Name));
    }

    [Fact]
    public void A_flavour_the_group_may_not_use_is_refused_with_the_reason()
    {
        Assert.False(Catalog.TryResolve("gpu-a100", "quantum-2026", "team-vqe", out var flavour, out var refusal));
        Assert.Null(flavour);
        Assert.Contains("not available to group 'team-vqe'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_flavour_is_refused_naming_the_known_ones_and_null_means_the_default()
    {
        Assert.False(Catalog.TryResolve("h100", null, null, out _, out var refusal));
        Assert.Contains("cpu, gpu-t4, gpu-a100", refusal, StringComparison.Ordinal);
        Assert.True(Catalog.TryResolve(null, null, null, out var flavour, out _));
        Assert.Equal("cpu", flavour!.Name);
    }

    [Fact]
    public void Invalid_options_fail_the_catalog_with_every_problem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FlavourCatalog(new FlavourOptions { Items = [new Flavour { Name = "X", Cpu = -1 }] }));

        Assert.Contains("Name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Cpu", ex.Message, StringComparison.Ordinal);
    }
}
