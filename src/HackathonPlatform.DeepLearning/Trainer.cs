namespace HackathonPlatform.DeepLearning;

using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

/// <summary>
/// Training and evaluation of any image classifier (a module from [N, 1, Size, Size] images to [N, classes]
/// logits) on a <see cref="CalorimeterDataset"/>: usable from a notebook cell and from a batch job.
/// </summary>
public static class Trainer
{
    /// <summary>
    /// Trains <paramref name="model"/> with Adam on cross-entropy loss, in shuffled minibatches. Deterministic on
    /// the CPU given <paramref name="seed"/> (minibatch order and <c>torch.random.manual_seed</c>) and the model's
    /// initial weights. The model is moved to the device and left there, in training mode.
    /// </summary>
    /// <param name="model">The classifier, e.g. <see cref="ParticleClassifier.Create"/>.</param>
    /// <param name="data">Training data.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the minibatch order and of torch's generator.</param>
    /// <param name="batchSize">Images per Adam step.</param>
    /// <param name="learningRate">Adam's step size.</param>
    /// <param name="device">Where to train; null = <see cref="ComputeDevice.Select"/> (CUDA if available).</param>
    /// <param name="log">Receives one line per epoch (e.g. <c>Console.Error.WriteLine</c>); null = silent.</param>
    public static TrainingReport Fit(
        nn.Module<Tensor, Tensor> model, CalorimeterDataset data, int epochs = 5, int seed = 0, int batchSize = 64,
        double learningRate = 4e-3, ComputeDevice? device = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        device ??= ComputeDevice.Select();
        random.manual_seed(seed);
        var order = new Random(seed);
        model.to(device.Device);
        model.train();
        using var optimizer = optim.Adam(model.parameters(), learningRate);
        var (images, labels) = data.ToTensors(device.Device);
        using var _images = images;
        using var _labels = labels;

        log?.Invoke($"training on {device.Description}: {data.Count} images, {epochs} epochs, batch {batchSize}");
        var losses = new List<double>();
        var accuracy = 0.0;
        var clock = Stopwatch.StartNew();
        var indices = Enumerable.Range(0, data.Count).Select(i => (long)i).ToArray();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            order.Shuffle(indices);
            double lossSum = 0;
            long correct = 0;
            for (var start = 0; start < indices.Length; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var batch = tensor(indices.AsSpan(start, Math.Min(batchSize, indices.Length - start)).ToArray(), device: device.Device);
                var x = images.index_select(0, batch);
                var y = labels.index_select(0, batch);
                optimizer.zero_grad();
                var logits = model.forward(x);
                var loss = nn.functional.cross_entropy(logits, y);
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>() * batch.shape[0];
                correct += logits.argmax(1).eq(y).sum().item<long>();
            }
            losses.Add(lossSum / data.Count);
            accuracy = (double)correct / data.Count;
            log?.Invoke($"epoch {epoch}/{epochs}: loss {losses[^1]:0.0000}, training accuracy {accuracy:P1}, {clock.Elapsed.TotalSeconds:0.0} s");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new TrainingReport(device.Description, epochs, seconds, (double)data.Count * epochs / seconds, losses, accuracy);
    }

    /// <summary>Accuracy and confusion matrix of <paramref name="model"/> on <paramref name="data"/>.</summary>
    /// <param name="model">A trained classifier; it is switched to evaluation mode.</param>
    /// <param name="data">Held-out data, e.g. generated with another seed.</param>
    /// <param name="device">Where to run; null = where the model's parameters are.</param>
    public static EvaluationReport Evaluate(nn.Module<Tensor, Tensor> model, CalorimeterDataset data, ComputeDevice? device = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var predicted = Predict(model, data, device);
        return EvaluationReport.FromPredictions(data.Labels, predicted, data.ClassCount);
    }

    /// <summary>The predicted class of every image of <paramref name="data"/>, in order.</summary>
    public static int[] Predict(nn.Module<Tensor, Tensor> model, CalorimeterDataset data, ComputeDevice? device = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var target = device?.Device ?? model.parameters().FirstOrDefault()?.device ?? CPU;
        model.eval();
        using var noGrad = no_grad();
        var (images, labels) = data.ToTensors(target);
        using var _images = images;
        labels.Dispose();
        var predicted = new int[data.Count];
        const int chunk = 512;
        for (var start = 0; start < data.Count; start += chunk)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(chunk, data.Count - start);
            var classes = model.forward(images.narrow(0, start, length)).argmax(1).cpu().data<long>().ToArray();
            for (var i = 0; i < length; i++)
            {
                predicted[start + i] = (int)classes[i];
            }
        }
        return predicted;
    }
}
