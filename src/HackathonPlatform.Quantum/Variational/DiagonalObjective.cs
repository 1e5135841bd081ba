using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Gradients;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// The objective of a variational solver: ⟨ψ(θ)|D|ψ(θ)⟩ for the cost diagonal D (α = 1), or CVaR_α of
/// the measured cost. Gradients come from adjoint differentiation; for CVaR, by the
/// Rockafellar–Uryasev form CVaR = max_t t + E[min(D − t, 0)]/α, the gradient is that of the expectation
/// of D' = min(D − VaR, 0)/α taken at the current quantile VaR.
/// Every state whose probabilities are computed is also measured by the tracker, if any (as a device
/// would be sampled at each evaluation); gradient calls with α = 1 are not, their state stays inside the
/// adjoint method.
/// Counts circuit executions: a forward run is 1, an adjoint backward sweep 2 (it un-applies the circuit
/// on two states).
/// </summary>
internal sealed class DiagonalObjective
{
    private readonly Circuit _circuit;
    private readonly double[] _diagonal;
    private readonly double _alpha;
    private readonly int[]? _ascending;
    private readonly MeasurementTracker? _tracker;
    private double[]? _tailObservable;

    public DiagonalObjective(Circuit circuit, double[] diagonal, double alpha, MeasurementTracker? tracker = null)
    {
        _tracker = tracker;
        Cvar.CheckAlpha(alpha);
        _circuit = circuit;
        _diagonal = diagonal;
        _alpha = alpha;
        if (alpha < 1)
        {
            // The cost never changes, so its order is computed once per solve, not per evaluation.
            _ascending = new int[diagonal.Length];
            for (int k = 0; k < _ascending.Length; k++)
            {
                _ascending[k] = k;
            }
            Array.Sort((double[])diagonal.Clone(), _ascending);
        }
    }

    public long CircuitRuns { get; private set; }

    public Optimizers.Objective ToObjective() => new(_circuit.ParameterCount, Value, ValueAndGradient);

    public double Value(double[] theta)
    {
        var state = _circuit.Run(theta);
        CircuitRuns++;
        if (_ascending is null && _tracker is null)
        {
            return state.ExpectationDiagonal(_diagonal);
        }
        var probabilities = state.Probabilities();
        _tracker?.Observe(probabilities);
        return _ascending is null
            ? Expectation(probabilities)
            : Cvar.Compute(probabilities, _diagonal, _ascending, _alpha).Value;
    }

    public double ValueAndGradient(double[] theta, double[] gradient)
    {
        if (_ascending is null)
        {
            var (value, g) = AdjointDifferentiation.ValueAndGradient(_circuit, theta, _diagonal);
            CircuitRuns += 3;
            g.CopyTo(gradient, 0);
            return value;
        }
        var probabilities = _circuit.Run(theta).Probabilities();
        _tracker?.Observe(probabilities);
        var (cvar, valueAtRisk) = Cvar.Compute(probabilities, _diagonal, _ascending, _alpha);
        _tailObservable ??= new double[_diagonal.Length];
        for (int k = 0; k < _diagonal.Length; k++)
        {
            _tailObservable[k] = Math.Min(_diagonal[k] - valueAtRisk, 0) / _alpha;
        }
        var (_, grad) = AdjointDifferentiation.ValueAndGradient(_circuit, theta, _tailObservable);
        CircuitRuns += 4;
        grad.CopyTo(gradient, 0);
        return cvar;
    }

    private double Expectation(double[] probabilities)
    {
        double sum = 0;
        for (int k = 0; k < probabilities.Length; k++)
        {
            sum += probabilities[k] * _diagonal[k];
        }
        return sum;
    }
}
