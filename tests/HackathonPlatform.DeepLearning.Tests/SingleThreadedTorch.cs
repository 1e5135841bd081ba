namespace HackathonPlatform.DeepLearning.Tests;

using TorchSharp;

public sealed class SingleThreadedTorch
{
    public SingleThreadedTorch() => torch.set_num_threads(1);
}
