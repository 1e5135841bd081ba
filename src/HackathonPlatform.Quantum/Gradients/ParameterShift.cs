using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Gradients;

/// <summary>
/// Gradients by the parameter-shift rule: each parameterised gate is run again with its angle shifted,
/// exactly as on hardware. Rx, Ry, Rz, Phase and CPhase (two eigenvalues of the generator) use
/// f'(a) = [f(a + pi/2) - f(a - pi/2)] / 2; Crx, Cry and Crz (three eigenvalues) use the four-term rule
/// of Anselmetti et al. (2021). Cost: 2 or 4 full circuit runs per parameterised gate, so prefer
/// <see cref="AdjointDifferentiation"/> on a simulator; this class exists for cross-checks and for costs
/// that are not expectation values of one observable.
/// </summary>
public static class ParameterShift
{
    private static readonly double FourTermNear = (Math.Sqrt(2) + 1) / (4 * Math.Sqrt(2));
    private static readonly double FourTermFar = (Math.Sqrt(2) - 1) / (4 * Math.Sqrt(2));

    /// <summary>
    /// The gradient of cost(final state) for a cost that is an expectation value (linear in the density
    /// matrix); for other costs the shift rule does not give the derivative.
    /// </summary>
    /// <param name="circuit">The circuit, run from |0...0&gt;.</param>
    /// <param name="parameters">Exactly <see cref="Circuit.ParameterCount"/> angles.</param>
    /// <param name="cost">Reads the final state (do not keep it: the same state object is reused).</param>
    /// <returns>d cost / d parameters[j] for every j.</returns>
    /// <exception cref="ArgumentException">The parameter count does not match, or a gate has no shift rule (<see cref="GateKind.DiagonalPhase"/>).</exception>
    public static double[] Gradient(Circuit circuit, ReadOnlySpan<double> parameters, Func<StateVector, double> cost)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(cost);
        circuit.CheckParameters(parameters);
        var gradient = new double[circuit.ParameterCount];
        var state = new StateVector(circuit.QubitCount);
        var shifted = parameters.ToArray();
        var gates = circuit.Gates;
        for (int i = 0; i < gates.Count; i++)
        {
            var gate = gates[i];
            if (!gate.IsParameterised)
            {
                continue;
            }

            double Evaluate(double angleShift)
            {
                state.Reset();
                circuit.RunShifted(state, shifted, i, angleShift);
                return cost(state);
            }

            double dAngle = gate.Kind switch
            {
                GateKind.Rx or GateKind.Ry or GateKind.Rz or GateKind.Phase or GateKind.CPhase =>
                    (Evaluate(Math.PI / 2) - Evaluate(-Math.PI / 2)) / 2,
                GateKind.Crx or GateKind.Cry or GateKind.Crz =>
                    (FourTermNear * (Evaluate(Math.PI / 2) - Evaluate(-Math.PI / 2)))
                    - (FourTermFar * (Evaluate(3 * Math.PI / 2) - Evaluate(-3 * Math.PI / 2))),
                _ => throw new ArgumentException($"Gate {i} ({gate}) has no parameter-shift rule; use AdjointDifferentiation.", nameof(circuit)),
            };
            gradient[gate.ParameterIndex] += gate.Scale * dAngle;
        }

        return gradient;
    }

    /// <summary>The gradient of &lt;psi|D|psi&gt; for a diagonal observable.</summary>
    /// <param name="circuit">The circuit.</param>
    /// <param name="parameters">Exactly <see cref="Circuit.ParameterCount"/> angles.</param>
    /// <param name="diagonalObservable">2^n real values.</param>
    /// <returns>The gradient.</returns>
    /// <exception cref="ArgumentException">A length does not match, or a gate has no shift rule.</exception>
    public static double[] Gradient(Circuit circuit, ReadOnlySpan<double> parameters, ReadOnlySpan<double> diagonalObservable)
    {
        var diagonal = diagonalObservable.ToArray();
        return Gradient(circuit, parameters, s => s.ExpectationDiagonal(diagonal));
    }

    /// <summary>The gradient of &lt;psi|H|psi&gt; for a Pauli sum.</summary>
    /// <param name="circuit">The circuit.</param>
    /// <param name="parameters">Exactly <see cref="Circuit.ParameterCount"/> angles.</param>
    /// <param name="observable">The observable.</param>
    /// <returns>The gradient.</returns>
    /// <exception cref="ArgumentException">A length does not match, the observable names a missing qubit, or a gate has no shift rule.</exception>
    public static double[] Gradient(Circuit circuit, ReadOnlySpan<double> parameters, PauliSum observable)
    {
        ArgumentNullException.ThrowIfNull(observable);
        return Gradient(circuit, parameters, s => s.Expectation(observable));
    }
}
