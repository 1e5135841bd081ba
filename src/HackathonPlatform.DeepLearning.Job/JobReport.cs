namespace HackathonPlatform.DeepLearning.Job;

/// <summary>The JSON a batch job leaves behind (camelCase): what ran where, how long, and how well.</summary>
internal sealed record JobReport(
    double Accuracy,
    double BaselineAccuracy,
    string Baseline,
    string Device,
    bool CudaAvailable,
    int Epochs,
    double Seconds,
    double TrainingSeconds,
    double ImagesPerSecond,
    int TrainCount,
    int TestCount,
    int DataSeed,
    int TestSeed,
    int TrainSeed,
    IReadOnlyList<double> EpochLosses,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix);
