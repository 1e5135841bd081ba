namespace HackathonPlatform.DeepLearning.Tests;

using HackathonPlatform.DeepLearning.Build;
using TorchSharp;

/// <summary>The build's patch reached this test project's own output, and TorchSharp loads from it.</summary>
[Collection(TorchTests.Name)]
public sealed class TorchSharpLoadTests
{
    [Fact]
    public void Native_library_in_the_test_output_has_the_glibcxx_requirement_weakened()
    {
        var library = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        var image = File.ReadAllBytes(library);

        Assert.Equal(WeakenVersionNeed.Outcome.AlreadyWeak, WeakenVersionNeed.Weaken(image, "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void Patched_native_library_loads_and_computes()
    {
        using var sum = torch.ones(2).sum();

        Assert.Equal(2f, sum.item<float>());
    }

    [Fact]
    public void Device_selection_falls_back_to_the_cpu_and_says_why()
    {
        var device = ComputeDevice.Select();

        // The CPU-only TorchSharp build is what this repository restores; a CUDA build would pick the GPU.
        Assert.Equal(torch.cuda.is_available() ? DeviceType.CUDA : DeviceType.CPU, device.Device.type);
        Assert.Contains(torch.cuda.is_available() ? "cuda" : "CUDA not available", device.Description);
    }
}
