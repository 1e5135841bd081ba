namespace HackathonPlatform.DeepLearning.Tests;

using TorchSharp;

public sealed class TorchSharpLoadTests
{
    [Fact]
    public void Patched_native_library_in_the_test_output_loads_and_computes()
    {
        using var sum = torch.ones(2).sum();
        Assert.Equal(2f, sum.item<float>());
    }
}
