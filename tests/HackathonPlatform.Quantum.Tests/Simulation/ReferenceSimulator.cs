using System.Numerics;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;
using static HackathonPlatform.Quantum.Tests.Simulation.DenseOperators;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>
/// The plain reference: every gate is a dense 2^n x 2^n matrix built from Kronecker products and
/// multiplied into the state. O(4^n) per gate, so n &lt;= 6. Slow and obviously right.
/// </summary>
public sealed class ReferenceSimulator : IStateSimulator
{
    private Complex[] _state;

    public ReferenceSimulator(int qubitCount)
    {
        if (qubitCount is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(qubitCount), "The dense reference handles 1..6 qubits.");
        }

        QubitCount = qubitCount;
        _state = new Complex[1 << qubitCount];
        _state[0] = 1;
    }

    public int QubitCount { get; }

    public Complex[] GetAmplitudes() => (Complex[])_state.Clone();

    public void SetAmplitudes(ReadOnlySpan<Complex> amplitudes) => _state = amplitudes.ToArray();

    public void ApplyGate(Gate gate, double angle) => _state = Multiply(GateMatrix(gate, angle), _state);

    public Complex[,] GateMatrix(Gate gate, double angle)
    {
        int n = QubitCount, a = gate.Qubit0, b = gate.Qubit1;
        Complex[,] On(Complex[,] u) => Embed(n, new Dictionary<int, Complex[,]> { [a] = u });
        Complex[,] Controlled(Complex[,] u) => Add(
            Embed(n, new Dictionary<int, Complex[,]> { [a] = Unit(0, 0) }),
            Embed(n, new Dictionary<int, Complex[,]> { [a] = Unit(1, 1), [b] = u }));
        return gate.Kind switch
        {
            GateKind.H => On(Hadamard),
            GateKind.X => On(PauliX),
            GateKind.Y => On(PauliY),
            GateKind.Z => On(PauliZ),
            GateKind.S => On(Diag(1, I1)),
            GateKind.Sdg => On(Diag(1, -I1)),
            GateKind.T => On(Diag(1, Complex.FromPolarCoordinates(1, Math.PI / 4))),
            GateKind.Tdg => On(Diag(1, Complex.FromPolarCoordinates(1, -Math.PI / 4))),
            GateKind.Rx => On(Rotation(PauliX, angle)),
            GateKind.Ry => On(Rotation(PauliY, angle)),
            GateKind.Rz => On(Rotation(PauliZ, angle)),
            GateKind.Phase => On(Diag(1, Complex.FromPolarCoordinates(1, angle))),
            GateKind.Unitary => On(new Complex[,] { { gate.Matrix.M00, gate.Matrix.M01 }, { gate.Matrix.M10, gate.Matrix.M11 } }),
            GateKind.Cnot => Controlled(PauliX),
            GateKind.Cz => Controlled(PauliZ),
            GateKind.Crx => Controlled(Rotation(PauliX, angle)),
            GateKind.Cry => Controlled(Rotation(PauliY, angle)),
            GateKind.Crz => Controlled(Rotation(PauliZ, angle)),
            GateKind.CPhase => Controlled(Diag(1, Complex.FromPolarCoordinates(1, angle))),
            GateKind.Swap => SumOverUnits((r, c) => r == (((c & 1) << 1) | (c >> 1)) ? 1 : 0, a, b),
            GateKind.TwoQubitUnitary => SumOverUnits((r, c) => gate.Matrix4[r, c], a, b),
            GateKind.DiagonalPhase => DiagonalPhaseMatrix(gate.Diagonal!.ToArray(), angle),
            _ => throw new NotSupportedException(gate.Kind.ToString()),
        };
    }

    public void ApplyRotationLayer(PauliAxis axis, double[] angles)
    {
        var pauli = PauliMatrix(axis);
        for (int q = 0; q < QubitCount; q++)
        {
            _state = Multiply(Embed(QubitCount, new Dictionary<int, Complex[,]> { [q] = Rotation(pauli, angles[q]) }), _state);
        }
    }

    public void ApplyDiagonalPhase(double[] diagonal, double gamma) => _state = Multiply(DiagonalPhaseMatrix(diagonal, gamma), _state);

    public double ExpectationDiagonal(double[] diagonal) =>
        _state.Select((a, k) => a.Magnitude * a.Magnitude * diagonal[k]).Sum();

    public double Expectation(PauliSum observable)
    {
        double value = 0;
        foreach (var term in observable.Terms)
        {
            var ops = term.Operator.Factors.ToDictionary(f => f.Qubit, f => PauliMatrix(f.Axis));
            var image = Multiply(Embed(QubitCount, ops), _state);
            Complex inner = 0;
            for (int k = 0; k < _state.Length; k++)
            {
                inner += Complex.Conjugate(_state[k]) * image[k];
            }

            value += term.Coefficient * inner.Real;
        }

        return value;
    }

    public double[] Probabilities() => _state.Select(a => a.Magnitude * a.Magnitude).ToArray();

    public int Measure(int qubit, Random rng)
    {
        var p = Probabilities();
        double p1 = p.Where((_, k) => ((k >> qubit) & 1) == 1).Sum();
        int outcome = rng.NextDouble() * p.Sum() < p1 ? 1 : 0;
        var projector = Embed(QubitCount, new Dictionary<int, Complex[,]> { [qubit] = Unit(outcome, outcome) });
        var projected = Multiply(projector, _state);
        double norm = Math.Sqrt(projected.Sum(a => a.Magnitude * a.Magnitude));
        _state = projected.Select(a => a / norm).ToArray();
        return outcome;
    }

    public long[] Sample(int shots, Random rng)
    {
        var p = Probabilities();
        var result = new long[shots];
        for (int s = 0; s < shots; s++)
        {
            double r = rng.NextDouble() * p.Sum();
            double running = 0;
            int k = 0;
            for (; k < p.Length - 1; k++)
            {
                running += p[k];
                if (running > r)
                {
                    break;
                }
            }

            result[s] = k;
        }

        return result;
    }

    private static Complex[,] PauliMatrix(PauliAxis axis) => axis switch
    {
        PauliAxis.X => PauliX,
        PauliAxis.Y => PauliY,
        _ => PauliZ,
    };

    private static Complex[,] DiagonalPhaseMatrix(double[] diagonal, double gamma)
    {
        var m = new Complex[diagonal.Length, diagonal.Length];
        for (int k = 0; k < diagonal.Length; k++)
        {
            m[k, k] = Complex.FromPolarCoordinates(1, -gamma * diagonal[k]);
        }

        return m;
    }

    /// <summary>sum over r, c of entry(r, c) |r0&gt;&lt;c0| on q0 (x) |r1&gt;&lt;c1| on q1, with r = r0 + 2 r1.</summary>
    private Complex[,] SumOverUnits(Func<int, int, Complex> entry, int q0, int q1)
    {
        int dim = 1 << QubitCount;
        var total = new Complex[dim, dim];
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                var e = entry(r, c);
                if (e != Complex.Zero)
                {
                    var term = Embed(QubitCount, new Dictionary<int, Complex[,]> { [q0] = Unit(r & 1, c & 1), [q1] = Unit(r >> 1, c >> 1) });
                    total = Add(total, Scale(term, e));
                }
            }
        }

        return total;
    }
}
