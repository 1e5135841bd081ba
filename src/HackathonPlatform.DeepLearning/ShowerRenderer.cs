namespace HackathonPlatform.DeepLearning;

/// <summary>
/// Draws one calorimeter image: showers are sampled as discrete energy deposits ("hits") so that they fluctuate
/// like real ones, then pile-up and cell noise are added. Cell (row, column) = (η, φ); row-major.
/// </summary>
internal sealed class ShowerRenderer(CalorimeterOptions options, Random rng, float[] image)
{
    private readonly int size = options.Size;

    public void Render(ParticleType type)
    {
        var centre = size / 2.0;
        var x = centre + rng.Uniform(-options.ImpactJitter, options.ImpactJitter);
        var y = centre + rng.Uniform(-options.ImpactJitter, options.ImpactJitter);
        var energy = rng.LogUniform(options.MinEnergy, options.MaxEnergy);
        switch (type)
        {
            case ParticleType.Electron:
                ElectromagneticShower(x, y, energy);
                break;
            case ParticleType.NeutralPion:
                PhotonPair(x, y, energy);
                break;
            case ParticleType.ChargedPion:
                HadronicShower(x, y, energy);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "unknown particle type");
        }
        PileUp();
        Noise();
    }

    // A compact core plus a faint halo: the two-component radial profile of electromagnetic showers.
    private void ElectromagneticShower(double x, double y, double energy)
    {
        var core = options.EmCoreWidth * rng.Uniform(0.85, 1.15);
        var hits = Math.Max(20, (int)(energy * options.EmHitsPerGeV));
        var perHit = energy / hits;
        for (var i = 0; i < hits; i++)
        {
            var width = rng.NextDouble() < options.EmHaloFraction ? options.EmHaloWidth : core;
            Deposit(x + width * rng.Gaussian(), y + width * rng.Gaussian(), perHit);
        }
    }

    // π0 → γγ: the photons share the energy unevenly and keep the energy-weighted centroid at the impact point.
    private void PhotonPair(double x, double y, double energy)
    {
        var z = rng.Uniform(0.25, 0.75);
        var separation = rng.Uniform(options.PhotonSeparation.Min, options.PhotonSeparation.Max);
        var angle = rng.Uniform(0, 2 * Math.PI);
        var (dx, dy) = (separation * Math.Cos(angle), separation * Math.Sin(angle));
        ElectromagneticShower(x + (1 - z) * dx, y + (1 - z) * dy, z * energy);
        ElectromagneticShower(x - z * dx, y - z * dy, (1 - z) * energy);
    }

    // Hadronic showers start late, leak out of the EM layer, and fluctuate: a broad elongated core of few,
    // unevenly sized deposits (exponential weights stand in for Landau-like fluctuations), plus compact
    // electromagnetic sub-clusters from π0s made in the hadronic cascade.
    private void HadronicShower(double x, double y, double energy)
    {
        var visible = energy * rng.Uniform(options.HadronicVisibleFraction.Min, options.HadronicVisibleFraction.Max);
        var coreEnergy = visible;
        var clusters = rng.Poisson(options.HadronicSubClusterMean);
        for (var c = 0; c < clusters && coreEnergy > 0.4 * visible; c++)
        {
            var share = visible * rng.Uniform(0.08, 0.25);
            var distance = rng.Uniform(1.5, 6.0);
            var angle = rng.Uniform(0, 2 * Math.PI);
            ElectromagneticShower(x + distance * Math.Cos(angle), y + distance * Math.Sin(angle), share);
            coreEnergy -= share;
        }
        var width = rng.Uniform(options.HadronicCoreWidth.Min, options.HadronicCoreWidth.Max);
        var elongation = rng.Uniform(1.0, 1.6);
        var axis = rng.Uniform(0, Math.PI);
        var (cos, sin) = (Math.Cos(axis), Math.Sin(axis));
        var hits = Math.Max(8, (int)(coreEnergy * options.HadronicHitsPerGeV));
        var weights = new double[hits];
        var total = 0.0;
        for (var i = 0; i < hits; i++)
        {
            weights[i] = rng.Exponential(1.0);
            total += weights[i];
        }
        for (var i = 0; i < hits; i++)
        {
            var along = width * elongation * rng.Gaussian();
            var across = width / elongation * rng.Gaussian();
            Deposit(x + along * cos - across * sin, y + along * sin + across * cos, coreEnergy * weights[i] / total);
        }
    }

    // Soft deposits from other collisions of the same bunch crossing, anywhere in the window.
    private void PileUp()
    {
        var deposits = rng.Poisson(options.PileUpMean);
        for (var d = 0; d < deposits; d++)
        {
            var (x, y) = (rng.Uniform(0, size), rng.Uniform(0, size));
            var energy = rng.Exponential(options.PileUpMeanEnergy);
            for (var i = 0; i < 10; i++)
            {
                Deposit(x + 0.8 * rng.Gaussian(), y + 0.8 * rng.Gaussian(), energy / 10);
            }
        }
    }

    // Pedestal-subtracted electronic noise: symmetric, so empty cells can read slightly negative.
    private void Noise()
    {
        for (var i = 0; i < image.Length; i++)
        {
            image[i] += (float)(options.NoiseSigma * rng.Gaussian());
        }
    }

    private void Deposit(double x, double y, double energy)
    {
        var (column, row) = ((int)Math.Floor(x), (int)Math.Floor(y));
        if ((uint)column < (uint)size && (uint)row < (uint)size)
        {
            image[row * size + column] += (float)energy;
        }
    }
}
