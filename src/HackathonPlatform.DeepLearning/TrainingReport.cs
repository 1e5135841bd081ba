namespace HackathonPlatform.DeepLearning;

/// <summary>What <see cref="Trainer.Fit"/> did.</summary>
/// <param name="Device">The device description (see <see cref="ComputeDevice.Description"/>).</param>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seconds">Wall-clock training time, without data generation.</param>
/// <param name="ImagesPerSecond">Training throughput (images × epochs / seconds).</param>
/// <param name="EpochLosses">Mean cross-entropy loss of each epoch.</param>
/// <param name="TrainingAccuracy">Accuracy on the training minibatches of the last epoch (while learning).</param>
public sealed record TrainingReport(
    string Device, int Epochs, double Seconds, double ImagesPerSecond, IReadOnlyList<double> EpochLosses, double TrainingAccuracy)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Epochs} epochs on {Device}: {Seconds:0.0} s ({ImagesPerSecond:0} images/s), " +
        $"loss {EpochLosses[^1]:0.000}, training accuracy {TrainingAccuracy:P1}";
}
