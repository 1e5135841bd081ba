using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Circuits;

/// <summary>
/// An ordered list of gates on a fixed number of qubits; angles are fixed or taken from a parameter
/// vector by index (<c>Ry(q, parameterIndex)</c> versus <c>Ry(q, fixedAngle)</c>: an int argument is a
/// parameter index, a double argument an angle in radians). Qubit ordering as in
/// <see cref="StateVector"/> (qubit q = bit q of the basis index).
/// <para>
/// Running fuses every stretch of consecutive single-qubit gates into one
/// <see cref="StateVector.ApplySingleQubitGates"/> call (a few passes over memory instead of one per
/// gate). Build on one thread; a finished circuit may be run from several threads at once.
/// </para>
/// </summary>
public sealed partial class Circuit
{
    private readonly List<Gate> _gates = [];

    /// <summary>Creates an empty circuit.</summary>
    /// <param name="qubitCount">1..<see cref="StateVector.MaxQubits"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">qubitCount is out of range.</exception>
    public Circuit(int qubitCount)
    {
        if (qubitCount < 1 || qubitCount > StateVector.MaxQubits)
        {
            throw new ArgumentOutOfRangeException(nameof(qubitCount), qubitCount, $"A circuit needs 1..{StateVector.MaxQubits} qubits.");
        }

        QubitCount = qubitCount;
    }

    /// <summary>The number of qubits.</summary>
    public int QubitCount { get; }

    /// <summary>Length of the parameter vector: the highest parameter index used + 1 (0 when none).</summary>
    public int ParameterCount { get; private set; }

    /// <summary>The gates in application order.</summary>
    public IReadOnlyList<Gate> Gates => _gates;

    /// <summary>
    /// Applies the circuit to <paramref name="state"/> as it is (it is not reset first).
    /// </summary>
    /// <param name="state">A state with <see cref="QubitCount"/> qubits.</param>
    /// <param name="parameters">Exactly <see cref="ParameterCount"/> angles, radians.</param>
    /// <exception cref="ArgumentException">The qubit count or parameter count does not match.</exception>
    public void Run(StateVector state, ReadOnlySpan<double> parameters) => RunShifted(state, parameters, -1, 0);

    // Runs with gate shiftedGate's angle moved by angleShift (parameter-shift rule); -1 for none.
    internal void RunShifted(StateVector state, ReadOnlySpan<double> parameters, int shiftedGate, double angleShift)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckRun(state, parameters);
        var qubits = new List<int>();
        var matrices = new Dictionary<int, Matrix2>();
        for (int i = 0; i < _gates.Count; i++)
        {
            var gate = _gates[i];
            if (gate.IsSingleQubit)
            {
                // Consecutive single-qubit gates commute with each other unless they share a qubit,
                // where they simply multiply: the whole stretch becomes one fused call.
                var m = gate.SingleQubitMatrix(gate.AngleFor(parameters) + (i == shiftedGate ? angleShift : 0));
                if (matrices.TryGetValue(gate.Qubit0, out var earlier))
                {
                    matrices[gate.Qubit0] = m * earlier;
                }
                else
                {
                    matrices[gate.Qubit0] = m;
                    qubits.Add(gate.Qubit0);
                }

                continue;
            }

            Flush(state, qubits, matrices);
            GateApplication.Apply(state, gate, gate.AngleFor(parameters) + (i == shiftedGate ? angleShift : 0));
        }

        Flush(state, qubits, matrices);
    }

    /// <summary>Runs the circuit on a fresh |0...0&gt; and returns the final state.</summary>
    /// <param name="parameters">Exactly <see cref="ParameterCount"/> angles, radians.</param>
    /// <exception cref="ArgumentException">The parameter count does not match.</exception>
    /// <exception cref="InsufficientMemoryException">The state does not fit in memory.</exception>
    public StateVector Run(ReadOnlySpan<double> parameters)
    {
        CheckParameters(parameters);
        var state = new StateVector(QubitCount);
        Run(state, parameters);
        return state;
    }

    /// <summary>One line per gate.</summary>
    public override string ToString() =>
        $"Circuit({QubitCount} qubits, {ParameterCount} parameters){Environment.NewLine}" +
        string.Join(Environment.NewLine, _gates.Select(g => "  " + g));

    internal void CheckRun(StateVector state, ReadOnlySpan<double> parameters)
    {
        if (state.QubitCount != QubitCount)
        {
            throw new ArgumentException($"The circuit has {QubitCount} qubits; the state has {state.QubitCount}.", nameof(state));
        }

        CheckParameters(parameters);
    }

    internal void CheckParameters(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != ParameterCount)
        {
            throw new ArgumentException($"The circuit takes {ParameterCount} parameters; {parameters.Length} given.", nameof(parameters));
        }
    }

    private static void Flush(StateVector state, List<int> qubits, Dictionary<int, Matrix2> matrices)
    {
        if (qubits.Count == 1)
        {
            state.ApplyUnchecked(qubits[0], matrices[qubits[0]], "qubit");
        }
        else if (qubits.Count > 1)
        {
            var gates = new Matrix2[qubits.Count];
            for (int i = 0; i < gates.Length; i++)
            {
                gates[i] = matrices[qubits[i]];
            }

            state.ApplySingleQubitGatesUnchecked(qubits.ToArray(), gates);
        }

        qubits.Clear();
        matrices.Clear();
    }

    private Circuit Add(Gate gate)
    {
        CheckQubit(gate.Qubit0, nameof(gate), gate.Kind == GateKind.DiagonalPhase);
        if (gate.Qubit1 >= 0 || (gate.Kind is >= GateKind.Cnot and <= GateKind.TwoQubitUnitary))
        {
            CheckQubit(gate.Qubit1, nameof(gate), false);
            if (gate.Qubit0 == gate.Qubit1)
            {
                throw new ArgumentException($"{gate.Kind} needs two different qubits; both are {gate.Qubit0}.", nameof(gate));
            }
        }

        if (gate.ParameterIndex >= 0)
        {
            ParameterCount = Math.Max(ParameterCount, gate.ParameterIndex + 1);
        }

        _gates.Add(gate);
        return this;
    }

    private void CheckQubit(int q, string paramName, bool allowNone)
    {
        if (allowNone && q == -1)
        {
            return;
        }

        if (q < 0 || q >= QubitCount)
        {
            throw new ArgumentOutOfRangeException(paramName, q, $"Qubit index must be in 0..{QubitCount - 1}.");
        }
    }
}
