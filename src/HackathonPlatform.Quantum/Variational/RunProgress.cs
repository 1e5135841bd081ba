using System.Diagnostics;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// Watches every objective call of a variational run: keeps the best parameters (so a run cut short by
/// its time limit still has an answer), the trace of the best value, and feeds progress bars.
/// </summary>
internal sealed class RunProgress(VariationalSetup setup, Stopwatch clock)
{
    private readonly List<double> _trace = [];
    private readonly double _callsPerStart = Math.Max(1, setup.Optimizer.MaxIterations * setup.Optimizer.CallsPerIteration);
    private long _callsThisStart;
    private int _start;

    public int Start
    {
        get => _start;
        set => (_start, _callsThisStart) = (value, 0);
    }

    public double BestValue { get; private set; } = double.PositiveInfinity;

    public double[]? BestPoint { get; private set; }

    /// <summary>Best objective value after each call.</summary>
    public IReadOnlyList<double> Trace => _trace;

    public double Record(double[] x, double value)
    {
        if (value < BestValue || BestPoint is null)
        {
            (BestValue, BestPoint) = (value, [.. x]);
        }
        _trace.Add(BestValue);
        _callsThisStart++;
        if (setup.Progress is { } progress && _trace.Count % 5 == 0)
        {
            double byCalls = (_start + Math.Min(1, _callsThisStart / _callsPerStart)) / setup.Starts;
            double byTime = setup.TimeLimit is { } limit ? clock.Elapsed / limit : 0;
            progress.Report(new SolverProgress(Math.Min(1, Math.Max(byCalls, byTime)), BestValue));
        }
        return value;
    }
}
