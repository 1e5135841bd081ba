using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>Spawners pointed at a <see cref="FakeKubernetesApi"/>, each test with its own group (one fake serves a class).</summary>
internal static class KubernetesTestSpawners
{
    public const string Namespace = "hackathon";

    private static int _groups;

    public static readonly Flavour Gpu = new() { Name = "gpu-a100", Image = "registry.example/notebook:1", Cpu = 2, MemoryMb = 8192, GpuCount = 1 };

    public static string NewGroup() => $"team-{Interlocked.Increment(ref _groups)}";

    public static KubernetesSpawnerOptions Options(FakeKubernetesApi api, string group, TimeSpan? startTimeout = null) => new()
    {
        Namespace = Namespace,
        Group = group,
        Flavour = Gpu,
        BasePath = $"/servers/{group}/",
        // The fake's "pod" answers there, in place of the Service's cluster DNS name.
        ServerAddress = new Uri(api.Url, $"served/{Namespace}/hackathon-{group}/"),
        StartTimeout = startTimeout ?? TimeSpan.FromSeconds(10),
        PollInterval = TimeSpan.FromMilliseconds(50),
        StopTimeout = TimeSpan.FromSeconds(2),
    };

    public static KubernetesSpawner Create(FakeKubernetesApi api, string group, TimeSpan? startTimeout = null) =>
        new(api.Client, Options(api, group, startTimeout));
}
