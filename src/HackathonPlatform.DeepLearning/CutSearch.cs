namespace HackathonPlatform.DeepLearning;

/// <summary>Exhaustive search of the best interval cuts of one variable over quantile candidates.</summary>
internal static class CutSearch
{
    /// <summary>
    /// The cuts (k − 1 ascending values among <paramref name="candidates"/> quantiles) and the assignment of one
    /// distinct class to each interval that classify the most samples correctly; k ≤ 3 keeps this exhaustive
    /// search at 64² × 3! evaluations of prefix counts.
    /// </summary>
    public static (double[] Cuts, ParticleType[] Intervals, int Correct) Best(
        double[] values, ReadOnlySpan<int> labels, int classCount, int candidates)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var thresholds = Enumerable.Range(1, candidates - 1)
            .Select(q => sorted[q * sorted.Length / candidates])
            .Distinct()
            .ToArray();
        // below[j][c] = samples of class c with a value below thresholds[j]; the last row counts everything.
        var below = new int[thresholds.Length + 1][];
        for (var j = 0; j <= thresholds.Length; j++)
        {
            below[j] = new int[classCount];
        }
        for (var i = 0; i < values.Length; i++)
        {
            var first = Array.FindIndex(thresholds, t => values[i] < t);
            for (var j = first < 0 ? thresholds.Length : first; j < thresholds.Length; j++)
            {
                below[j][labels[i]]++;
            }
            below[thresholds.Length][labels[i]]++;
        }

        var best = (Cuts: Array.Empty<double>(), Intervals: Array.Empty<ParticleType>(), Correct: -1);
        foreach (var order in Permutations(classCount))
        {
            foreach (var cutIndices in Increasing(classCount - 1, thresholds.Length))
            {
                var correct = 0;
                var lower = -1;
                for (var bin = 0; bin < classCount; bin++)
                {
                    var upper = bin < cutIndices.Length ? cutIndices[bin] : thresholds.Length;
                    correct += below[upper][order[bin]] - (lower < 0 ? 0 : below[lower][order[bin]]);
                    lower = upper;
                }
                if (correct > best.Correct)
                {
                    best = (cutIndices.Select(j => thresholds[j]).ToArray(),
                        order.Select(c => (ParticleType)c).ToArray(), correct);
                }
            }
        }
        return best;
    }

    private static IEnumerable<int[]> Permutations(int n) =>
        n == 1 ? [[0]] : Permutations(n - 1).SelectMany(p => Enumerable.Range(0, n).Select(at => p[..at].Append(n - 1).Concat(p[at..]).ToArray()));

    private static IEnumerable<int[]> Increasing(int count, int limit) =>
        count == 0 ? [[]] : Increasing(count - 1, limit).SelectMany(prefix =>
            Enumerable.Range(prefix.Length == 0 ? 0 : prefix[^1] + 1, Math.Max(0, limit - (prefix.Length == 0 ? 0 : prefix[^1] + 1)))
                .Select(j => prefix.Append(j).ToArray()));
}
