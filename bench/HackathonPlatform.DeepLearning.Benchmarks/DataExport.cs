using System.Runtime.InteropServices;
using System.Text.Json;

namespace HackathonPlatform.DeepLearning.Benchmarks;

/// <summary>
/// Writes the generated dataset as raw little-endian arrays (images float32 [N,1,S,S], labels int64 [N]) with a
/// meta.json, so that PyTorch trains on exactly the tensors TorchSharp trains on.
/// </summary>
internal static class DataExport
{
    public static void Write(CalorimeterDataset data, TrainingSettings settings, string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, "images.f32"), MemoryMarshal.AsBytes(data.Pixels).ToArray());
        var labels = new long[data.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = data.Labels[i];
        }

        File.WriteAllBytes(Path.Combine(folder, "labels.i64"), MemoryMarshal.AsBytes(labels.AsSpan()).ToArray());
        var meta = new
        {
            count = data.Count,
            size = data.Size,
            classes = data.ClassCount,
            channels = TrainingSettings.Channels,
            batch = settings.Batch,
            epochs = settings.Epochs,
            warmup = settings.Warmup,
            threads = settings.Threads,
            seed = settings.Seed,
            learningRate = TrainingSettings.LearningRate,
        };
        File.WriteAllText(Path.Combine(folder, "meta.json"), JsonSerializer.Serialize(meta));
    }
}
