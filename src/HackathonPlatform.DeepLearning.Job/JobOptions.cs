namespace HackathonPlatform.DeepLearning.Job;

/// <summary>The command line of hackathon-train; every option has a default so a bare run works.</summary>
internal sealed record JobOptions
{
    public int TrainCount { get; init; } = 4000;
    public int TestCount { get; init; } = 2000;
    public int Epochs { get; init; } = 8;
    public int BatchSize { get; init; } = 64;
    public double LearningRate { get; init; } = 4e-3;
    public int DataSeed { get; init; } = 1;

    /// <summary>Seed of the held-out set; the graded exercise uses a hidden one.</summary>
    public int TestSeed { get; init; } = 2;

    public int TrainSeed { get; init; } = 7;
    public int Size { get; init; } = 32;
    public int Classes { get; init; } = 3;

    /// <summary>auto (CUDA if available), cpu or cuda (fails when CUDA is not available).</summary>
    public string Device { get; init; } = "auto";

    public int? Threads { get; init; }

    /// <summary>Where the JSON report goes; null = standard output.</summary>
    public string? Output { get; init; }

    public const string Usage =
        "usage: hackathon-train [--train N] [--test N] [--epochs N] [--batch N] [--lr X] [--data-seed N] " +
        "[--test-seed N] [--train-seed N] [--size N] [--classes 2|3] [--device auto|cpu|cuda] [--threads N] [--output FILE]";

    /// <summary>Parses "--name value" pairs; throws <see cref="FormatException"/> with the usage on anything else.</summary>
    public static JobOptions Parse(IReadOnlyList<string> args)
    {
        var options = new JobOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new FormatException($"{args[i]} needs a value\n{Usage}");
            }
            var value = args[i + 1];
            options = args[i] switch
            {
                "--train" => options with { TrainCount = int.Parse(value) },
                "--test" => options with { TestCount = int.Parse(value) },
                "--epochs" => options with { Epochs = int.Parse(value) },
                "--batch" => options with { BatchSize = int.Parse(value) },
                "--lr" => options with { LearningRate = double.Parse(value) },
                "--data-seed" => options with { DataSeed = int.Parse(value) },
                "--test-seed" => options with { TestSeed = int.Parse(value) },
                "--train-seed" => options with { TrainSeed = int.Parse(value) },
                "--size" => options with { Size = int.Parse(value) },
                "--classes" => options with { Classes = int.Parse(value) },
                "--device" => options with { Device = value },
                "--threads" => options with { Threads = int.Parse(value) },
                "--output" => options with { Output = value },
                _ => throw new FormatException($"unknown option {args[i]}\n{Usage}"),
            };
        }
        return options;
    }
}
