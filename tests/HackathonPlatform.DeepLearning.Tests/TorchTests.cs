namespace HackathonPlatform.DeepLearning.Tests;

/// <summary>
/// Tests that run TorchSharp share one collection: xunit runs them one after another, on one libtorch thread.
/// On a shared 2-core machine, libtorch's OpenMP threads spin against each other and everyone else's work;
/// one thread measured ~10× faster there than two.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchTests : ICollectionFixture<SingleThreadedTorch>
{
    public const string Name = "TorchSharp";
}
