namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// Keeps the best bitstring measured during a variational run, as Qiskit's SamplingVQE keeps its
/// "best measurement": each observed state is sampled with a number of shots and the lowest-cost
/// outcome so far is kept. Seeded, so a run repeats exactly.
/// </summary>
internal sealed class MeasurementTracker(double[] cost, int shots, Random random)
{
    private double[]? _cumulative;

    public long BestState { get; private set; } = -1;

    public double BestValue => BestState < 0 ? double.PositiveInfinity : cost[BestState];

    public void Observe(ReadOnlySpan<double> probabilities)
    {
        _cumulative ??= new double[probabilities.Length];
        double running = 0;
        for (int k = 0; k < probabilities.Length; k++)
        {
            running += probabilities[k];
            _cumulative[k] = running;
        }
        for (int s = 0; s < shots; s++)
        {
            int k = Array.BinarySearch(_cumulative, random.NextDouble() * running);
            k = Math.Min(k >= 0 ? k : ~k, _cumulative.Length - 1);
            Offer(k);
        }
    }

    public void Offer(long state)
    {
        if (BestState < 0 || cost[state] < cost[BestState])
        {
            BestState = state;
        }
    }
}
