using System.Globalization;

namespace HackathonPlatform.DeepLearning.Benchmarks;

/// <summary>What both sides train on: the library's defaults (Trainer.Fit's batch and learning rate, 32×32 images, 3 classes).</summary>
internal sealed record TrainingSettings(int Images, int Batch, int Epochs, int Warmup, int Threads, int Seed, int Rounds)
{
    public const double LearningRate = 4e-3;
    public const int Channels = 8;

    /// <summary>Parses <c>--images N --batch N --epochs N --warmup N --threads N --seed N --rounds N</c>.</summary>
    public static TrainingSettings Parse(string[] args)
    {
        var settings = new TrainingSettings(Images: 4000, Batch: 64, Epochs: 3, Warmup: 1, Threads: 1, Seed: 1, Rounds: 2);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--images" => settings with { Images = value },
                "--batch" => settings with { Batch = value },
                "--epochs" => settings with { Epochs = value },
                "--warmup" => settings with { Warmup = value },
                "--threads" => settings with { Threads = value },
                "--seed" => settings with { Seed = value },
                "--rounds" => settings with { Rounds = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return settings;
    }
}
