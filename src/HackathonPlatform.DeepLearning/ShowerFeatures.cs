namespace HackathonPlatform.DeepLearning;

/// <summary>
/// Classic shower-shape variables of one image, computed in a 7 × 7 window around the hottest cell, as a
/// cut-based analysis would: pile-up and noise outside the window are ignored.
/// </summary>
/// <param name="Energy">Energy in the window (GeV).</param>
/// <param name="CoreFraction">Energy in the 3 × 3 cells around the hottest cell over <paramref name="Energy"/>.</param>
/// <param name="Width">Energy-weighted RMS distance of the window's cells from their centroid (cells).</param>
public readonly record struct ShowerFeatures(double Energy, double CoreFraction, double Width)
{
    /// <summary>Half side of the window around the hottest cell.</summary>
    public const int WindowRadius = 3;

    /// <summary>Computes the features of a <paramref name="size"/> × <paramref name="size"/> image.</summary>
    public static ShowerFeatures Compute(ReadOnlySpan<float> image, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(image.Length, size * size);
        var hottest = 0;
        for (var i = 1; i < image.Length; i++)
        {
            if (image[i] > image[hottest])
            {
                hottest = i;
            }
        }
        var (row0, col0) = Math.DivRem(hottest, size);
        double energy = 0, core = 0, sumRow = 0, sumCol = 0, sumSquares = 0;
        for (var r = Math.Max(0, row0 - WindowRadius); r <= Math.Min(size - 1, row0 + WindowRadius); r++)
        {
            for (var c = Math.Max(0, col0 - WindowRadius); c <= Math.Min(size - 1, col0 + WindowRadius); c++)
            {
                // Negative (noise) cells would make the weighted moments meaningless.
                var e = Math.Max(0.0, image[r * size + c]);
                energy += e;
                if (Math.Abs(r - row0) <= 1 && Math.Abs(c - col0) <= 1)
                {
                    core += e;
                }
                sumRow += e * r;
                sumCol += e * c;
                sumSquares += e * (r * r + c * c);
            }
        }
        if (energy <= 0)
        {
            return new ShowerFeatures(0, 0, 0);
        }
        var (meanRow, meanCol) = (sumRow / energy, sumCol / energy);
        var variance = sumSquares / energy - meanRow * meanRow - meanCol * meanCol;
        return new ShowerFeatures(energy, core / energy, Math.Sqrt(Math.Max(0, variance)));
    }
}
