namespace HackathonPlatform.DeepLearning.Job;

using System.Diagnostics;
using TorchSharp;

/// <summary>Generate, train, evaluate: the whole batch job, independent of where its report is written.</summary>
internal static class TrainingJob
{
    /// <summary>Runs the job; progress lines go to <paramref name="log"/> (stderr in the program).</summary>
    public static JobReport Run(JobOptions options, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        if (options.Threads is { } threads)
        {
            torch.set_num_threads(threads);
        }
        var device = options.Device switch
        {
            "auto" => ComputeDevice.Select(),
            "cpu" => ComputeDevice.Select(allowCuda: false),
            "cuda" when torch.cuda.is_available() => ComputeDevice.Select(),
            "cuda" => throw new InvalidOperationException("--device cuda, but torch.cuda.is_available() is false (CPU build of TorchSharp?)"),
            _ => throw new FormatException($"unknown device {options.Device}\n{JobOptions.Usage}"),
        };
        log($"device: {device.Description}");

        var generator = new CalorimeterOptions { Size = options.Size, ClassCount = options.Classes };
        var train = CalorimeterDataset.Generate(options.TrainCount, options.DataSeed, generator);
        var test = CalorimeterDataset.Generate(options.TestCount, options.TestSeed, generator);
        log($"data: {train.Count} training images (seed {options.DataSeed}), {test.Count} test images (seed {options.TestSeed}), {clock.Elapsed.TotalSeconds:0.0} s");

        var baseline = CutBasedClassifier.Fit(train);
        var baselineReport = baseline.Evaluate(test);
        log($"baseline {baseline}: {baselineReport.Accuracy:P1}");

        using var model = ParticleClassifier.Create(options.Size, options.Classes, options.TrainSeed);
        var training = Trainer.Fit(model, train, options.Epochs, options.TrainSeed, options.BatchSize, options.LearningRate, device, log);
        var evaluation = Trainer.Evaluate(model, test, device);
        log(evaluation.ToString());

        return new JobReport(
            evaluation.Accuracy, baselineReport.Accuracy, baseline.ToString(), device.Description, torch.cuda.is_available(),
            options.Epochs, clock.Elapsed.TotalSeconds, training.Seconds, training.ImagesPerSecond, train.Count, test.Count,
            options.DataSeed, options.TestSeed, options.TrainSeed, training.EpochLosses, evaluation.ConfusionMatrix);
    }
}
