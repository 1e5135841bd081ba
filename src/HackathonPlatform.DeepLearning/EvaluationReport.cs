namespace HackathonPlatform.DeepLearning;

using System.Text;

/// <summary>How a classifier did on a data set.</summary>
/// <param name="Accuracy">Fraction of images classified correctly, 0..1.</param>
/// <param name="Count">Number of images evaluated.</param>
/// <param name="ConfusionMatrix">
/// ConfusionMatrix[truth][predicted] = number of images of class truth predicted as class predicted.
/// </param>
public sealed record EvaluationReport(double Accuracy, int Count, IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix)
{
    /// <summary>Builds the report from the true and predicted labels of the same images.</summary>
    public static EvaluationReport FromPredictions(ReadOnlySpan<int> truth, ReadOnlySpan<int> predicted, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predicted.Length, truth.Length);
        var matrix = new int[classCount][];
        for (var c = 0; c < classCount; c++)
        {
            matrix[c] = new int[classCount];
        }
        var correct = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            matrix[truth[i]][predicted[i]]++;
            correct += truth[i] == predicted[i] ? 1 : 0;
        }
        var accuracy = truth.Length == 0 ? 0 : (double)correct / truth.Length;
        return new EvaluationReport(accuracy, truth.Length, matrix);
    }

    /// <summary>The accuracy and the confusion matrix as a small text table (rows: truth, columns: predicted).</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"accuracy {Accuracy:P1} on {Count} images\n");
        var classes = ConfusionMatrix.Count;
        text.Append("truth \\ predicted").Append(' ', 2);
        for (var c = 0; c < classes; c++)
        {
            text.Append($"{(ParticleType)c,12}");
        }
        for (var t = 0; t < classes; t++)
        {
            text.Append($"\n{(ParticleType)t,-19}");
            for (var p = 0; p < classes; p++)
            {
                text.Append($"{ConfusionMatrix[t][p],12}");
            }
        }
        return text.ToString();
    }
}
