using System.Globalization;
using HackathonPlatform.DeepLearning;
using HackathonPlatform.DeepLearning.Benchmarks;
using static TorchSharp.torch;

// Usage: dotnet run -c Release --project bench/HackathonPlatform.DeepLearning.Benchmarks -- [--images 4000] [--batch 64]
//        [--epochs 3] [--warmup 1] [--threads 1] [--seed 1] [--rounds 2]
// Training throughput (images/s) of ParticleClassifier with Trainer.Fit (TorchSharp, CPU) against the same CNN and
// loop in PyTorch from Debian (CPU), same tensors, batch and threads. Exit 0 when TorchSharp/PyTorch ≥ 0.8, 1 when
// not, 2 when PyTorch is missing.
var settings = TrainingSettings.Parse(args);
if (PyTorchPeer.EnsureInstalled() is { } missing)
{
    return missing;
}

set_num_threads(settings.Threads);
var folder = Directory.CreateTempSubdirectory("bench-training-").FullName;
try
{
    var data = CalorimeterDataset.Generate(settings.Images, settings.Seed);
    DataExport.Write(data, settings, folder);
    Console.WriteLine($"{data.Count} images {data.Size}×{data.Size}, {data.ClassCount} classes, batch {settings.Batch}, {settings.Threads} thread(s), " +
        $"{settings.Warmup} warm-up + {settings.Epochs} timed epoch(s) per side, {settings.Rounds} round(s); load average {File.ReadAllText("/proc/loadavg").Trim()}");

    var ours = new List<double>();
    var theirs = new List<double>();
    long? ourParameters = null, theirParameters = null;
    for (var round = 1; round <= settings.Rounds; round++)
    {
        // Alternating sides round by round, so that a change in the machine's load hits both.
        using (var model = ParticleClassifier.Create(data.Size, data.ClassCount, settings.Seed, TrainingSettings.Channels))
        {
            ourParameters = model.parameters().Sum(p => p.numel());
            var rates = new List<double>();
            for (var epoch = 0; epoch < settings.Warmup + settings.Epochs; epoch++)
            {
                // One Fit call per epoch: each is timed by Trainer itself, the tensors built outside its clock.
                var report = Trainer.Fit(model, data, epochs: 1, seed: settings.Seed + epoch, batchSize: settings.Batch,
                    learningRate: TrainingSettings.LearningRate, device: ComputeDevice.Select(allowCuda: false));
                if (epoch >= settings.Warmup)
                {
                    rates.Add(report.ImagesPerSecond);
                }
            }

            ours.AddRange(rates);
            Console.WriteLine($"  round {round} TorchSharp ({__version__}): {Series(rates)} images/s");
        }

        var peer = await PyTorchPeer.TrainAsync(folder, TimeSpan.FromMinutes(10));
        theirParameters = peer["parameters"]!.GetValue<long>();
        var checksum = peer["checksum"]!.GetValue<double>();
        var expected = data.Pixels.ToArray().Sum(v => (double)v);
        if (Math.Abs(checksum - expected) > 1e-3 * Math.Abs(expected))
        {
            throw new InvalidOperationException($"PyTorch read other images (sum {checksum}, expected {expected}).");
        }

        var peerRates = PyTorchPeer.Numbers(peer, "imagesPerSecond");
        theirs.AddRange(peerRates);
        Console.WriteLine($"  round {round} PyTorch ({peer["torch"]}, {peer["threads"]} thread(s)): {Series(peerRates)} images/s");
    }

    Console.WriteLine($"  parameters: TorchSharp {ourParameters}, PyTorch {theirParameters}");
    if (ourParameters != theirParameters)
    {
        Console.WriteLine("  FAIL: the two models differ (parameter counts are not equal); no ratio.");
        return 1;
    }

    var ratio = Median(ours) / Median(theirs);
    var met = ratio >= 0.8;
    Console.WriteLine($"  median: TorchSharp {Median(ours):0} images/s, PyTorch {Median(theirs):0} images/s");
    Console.WriteLine($"  {(met ? "PASS" : "FAIL")}: training throughput TorchSharp/PyTorch = {ratio:0.00} (target ≥ 0.8); load average {File.ReadAllText("/proc/loadavg").Trim()}");
    return met ? 0 : 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static string Series(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)));
