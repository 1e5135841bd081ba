using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Tests.Flavours;

public sealed class FlavourValidatorTests
{
    private static readonly Flavour A100 = new()
    {
        Name = "gpu-a100",
        Description = "One A100",
        Image = "registry.example/notebook:1",
        Cpu = 8,
        MemoryMb = 32768,
        GpuCount = 1,
        GpuModel = "a100",
        NodeSelector = new Dictionary<string, string> { ["nvidia.com/gpu.product"] = "NVIDIA-A100-SXM4-40GB" },
        Tolerations = [new FlavourToleration { Key = "nvidia.com/gpu", Operator = "Exists", Effect = "NoSchedule" }],
        KueueQueue = "hackathon",
        Partition = "gpu",
        Account = "physics",
        Hackathons = ["quantum-2026"],
    };

    [Fact]
    public void A_complete_gpu_flavour_is_valid()
    {
        Assert.Empty(FlavourValidator.Validate(new FlavourOptions { Items = [A100, new Flavour { Name = "cpu" }], Default = "cpu" }));
    }

    [Theory]
    [InlineData("GPU", "Name")]
    [InlineData("", "Name")]
    [InlineData("has space", "Name")]
    public void Bad_names_are_refused(string name, string field)
    {
        var errors = FlavourValidator.Validate(A100 with { Name = name });

        Assert.Contains(errors, e => e.Contains(field, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_bad_field_is_named()
    {
        var bad = A100 with
        {
            Cpu = 0,
            MemoryMb = 1,
            GpuCount = -1,
            GpuResource = "gpu",
            Gres = "gpu a100",
            Partition = "gpu,debug",
            TimeLimit = TimeSpan.Zero,
            NodeSelector = new Dictionary<string, string> { ["bad key!"] = "x" },
            Tolerations = [new FlavourToleration { Operator = "Equal" }],
        };

        var errors = string.Join("\n", FlavourValidator.Validate(bad));

        foreach (var field in new[] { "Cpu", "MemoryMb", "GpuCount", "GpuResource", "Gres", "gpu,debug", "TimeLimit", "Node selector", "Toleration" })
        {
            Assert.Contains(field, errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mig_resource_names_are_allowed()
    {
        Assert.Empty(FlavourValidator.Validate(A100 with { GpuResource = "nvidia.com/mig-1g.10gb" }));
    }

    [Fact]
    public void Duplicate_names_and_an_unknown_default_are_refused()
    {
        var errors = FlavourValidator.Validate(new FlavourOptions { Items = [A100, A100 with { Description = "again" }], Default = "cpu" });

        Assert.Contains(errors, e => e.Contains("used 2 times", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'cpu' is not defined", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, null, null, null)]
    [InlineData(2, null, null, "gpu:2")]
    [InlineData(1, "a100", null, "gpu:a100:1")]
    [InlineData(1, "a100", "gpu:t4:1", "gpu:t4:1")]
    public void Slurm_gres_comes_from_the_gpu_count_and_model_unless_given(int count, string? model, string? gres, string? expected)
    {
        Assert.Equal(expected, new Flavour { Name = "f", GpuCount = count, GpuModel = model, Gres = gres }.SlurmGres);
    }
}
