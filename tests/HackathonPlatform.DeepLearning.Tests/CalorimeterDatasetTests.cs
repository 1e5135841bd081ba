namespace HackathonPlatform.DeepLearning.Tests;

using TorchSharp;

[Collection(TorchTests.Name)]
public sealed class CalorimeterDatasetTests
{
    [Fact]
    public void Same_seed_gives_identical_images_and_labels()
    {
        var a = CalorimeterDataset.Generate(300, seed: 5);
        var b = CalorimeterDataset.Generate(300, seed: 5);

        Assert.True(a.Pixels.SequenceEqual(b.Pixels));
        Assert.True(a.Labels.SequenceEqual(b.Labels));
    }

    [Fact]
    public void Another_seed_gives_other_images()
    {
        var a = CalorimeterDataset.Generate(100, seed: 5);
        var b = CalorimeterDataset.Generate(100, seed: 6);

        Assert.False(a.Pixels.SequenceEqual(b.Pixels));
    }

    [Theory]
    [InlineData(3000, 3)]
    [InlineData(1001, 3)]
    [InlineData(999, 2)]
    public void Classes_are_balanced_to_within_one_image(int n, int classes)
    {
        var data = CalorimeterDataset.Generate(n, seed: 1, new CalorimeterOptions { ClassCount = classes });

        var counts = Enumerable.Range(0, classes).Select(c => data.Labels.Count(c)).ToArray();
        Assert.Equal(n, counts.Sum());
        Assert.True(counts.Max() - counts.Min() <= 1, string.Join(", ", counts));
    }

    [Fact]
    public void Labels_are_shuffled_not_in_class_order()
    {
        var data = CalorimeterDataset.Generate(300, seed: 1);

        var inRoundRobinOrder = Enumerable.Range(0, data.Count).All(i => data.Labels[i] == i % 3);
        Assert.False(inRoundRobinOrder);
    }

    [Fact]
    public void Images_hold_the_particle_energy_in_a_compact_window()
    {
        var data = CalorimeterDataset.Generate(300, seed: 3);

        for (var i = 0; i < data.Count; i++)
        {
            var features = ShowerFeatures.Compute(data.Image(i), data.Size);
            // Particles have 10–100 GeV; charged pions leave 30–90% of it in this layer.
            Assert.InRange(features.Energy, 1.5, 110);
            Assert.InRange(features.CoreFraction, 0.05, 1.0);
        }
    }

    [Fact]
    public void Electrons_are_narrower_than_charged_pions_on_average()
    {
        var data = CalorimeterDataset.Generate(600, seed: 4);

        double MeanWidth(ParticleType type) => Enumerable.Range(0, data.Count)
            .Where(i => data.Label(i) == type)
            .Average(i => ShowerFeatures.Compute(data.Image(i), data.Size).Width);

        Assert.True(MeanWidth(ParticleType.Electron) + 0.3 < MeanWidth(ParticleType.ChargedPion));
    }

    [Fact]
    public void Tensors_have_the_image_layout_and_the_labels()
    {
        var data = CalorimeterDataset.Generate(10, seed: 2, new CalorimeterOptions { Size = 16 });

        var (images, labels) = data.ToTensors();
        using (images)
        using (labels)
        {
            Assert.Equal([10L, 1, 16, 16], images.shape);
            Assert.Equal(torch.ScalarType.Float32, images.dtype);
            Assert.Equal(torch.ScalarType.Int64, labels.dtype);
            Assert.Equal(data.Image(7)[16 * 5 + 9], images[7, 0, 5, 9].item<float>());
            Assert.Equal((long)data.Labels[7], labels[7].item<long>());
        }
    }
}
