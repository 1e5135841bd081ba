using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Circuits;

// Fluent builders: each appends one gate and returns this circuit.
// Every builder throws ArgumentOutOfRangeException for a qubit outside 0..n-1.
public sealed partial class Circuit
{
    /// <summary>Appends Hadamard on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit H(int q) => Add(new Gate(GateKind.H, q));

    /// <summary>Appends Pauli X on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit X(int q) => Add(new Gate(GateKind.X, q));

    /// <summary>Appends Pauli Y on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Y(int q) => Add(new Gate(GateKind.Y, q));

    /// <summary>Appends Pauli Z on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Z(int q) => Add(new Gate(GateKind.Z, q));

    /// <summary>Appends S = diag(1, i) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit S(int q) => Add(new Gate(GateKind.S, q));

    /// <summary>Appends S-dagger = diag(1, -i) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Sdg(int q) => Add(new Gate(GateKind.Sdg, q));

    /// <summary>Appends T = diag(1, exp(i pi/4)) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit T(int q) => Add(new Gate(GateKind.T, q));

    /// <summary>Appends T-dagger on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Tdg(int q) => Add(new Gate(GateKind.Tdg, q));

    /// <summary>Appends Rx = exp(-i angle X/2) with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="parameterIndex">Index into the parameter vector (0 or more).</param>
    /// <param name="scale">Factor on the parameter (default 1).</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Rx(int q, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Rx, q, -1, parameterIndex, scale));

    /// <summary>Appends Rx = exp(-i angle X/2) with a fixed angle.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Rx(int q, double fixedAngle) => Add(new Gate(GateKind.Rx, q) { Angle = fixedAngle });

    /// <summary>Appends Ry = exp(-i angle Y/2) with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="parameterIndex">Index into the parameter vector (0 or more).</param>
    /// <param name="scale">Factor on the parameter (default 1).</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Ry(int q, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Ry, q, -1, parameterIndex, scale));

    /// <summary>Appends Ry = exp(-i angle Y/2) with a fixed angle.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Ry(int q, double fixedAngle) => Add(new Gate(GateKind.Ry, q) { Angle = fixedAngle });

    /// <summary>Appends Rz = exp(-i angle Z/2) with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="parameterIndex">Index into the parameter vector (0 or more).</param>
    /// <param name="scale">Factor on the parameter (default 1).</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Rz(int q, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Rz, q, -1, parameterIndex, scale));

    /// <summary>Appends Rz = exp(-i angle Z/2) with a fixed angle.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Rz(int q, double fixedAngle) => Add(new Gate(GateKind.Rz, q) { Angle = fixedAngle });

    /// <summary>Appends Phase = diag(1, exp(i angle)) with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="parameterIndex">Index into the parameter vector (0 or more).</param>
    /// <param name="scale">Factor on the parameter (default 1).</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Phase(int q, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Phase, q, -1, parameterIndex, scale));

    /// <summary>Appends Phase = diag(1, exp(i angle)) with a fixed angle.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Phase(int q, double fixedAngle) => Add(new Gate(GateKind.Phase, q) { Angle = fixedAngle });

    /// <summary>Appends a controlled Rx with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="parameterIndex">Index into the parameter vector.</param>
    /// <param name="scale">Factor on the parameter.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Crx(int control, int target, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Crx, control, target, parameterIndex, scale));

    /// <summary>Appends a controlled Rx with a fixed angle.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Crx(int control, int target, double fixedAngle) => Add(new Gate(GateKind.Crx, control, target) { Angle = fixedAngle });

    /// <summary>Appends a controlled Ry with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="parameterIndex">Index into the parameter vector.</param>
    /// <param name="scale">Factor on the parameter.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Cry(int control, int target, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Cry, control, target, parameterIndex, scale));

    /// <summary>Appends a controlled Ry with a fixed angle.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Cry(int control, int target, double fixedAngle) => Add(new Gate(GateKind.Cry, control, target) { Angle = fixedAngle });

    /// <summary>Appends a controlled Rz with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="parameterIndex">Index into the parameter vector.</param>
    /// <param name="scale">Factor on the parameter.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Crz(int control, int target, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.Crz, control, target, parameterIndex, scale));

    /// <summary>Appends a controlled Rz with a fixed angle.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Crz(int control, int target, double fixedAngle) => Add(new Gate(GateKind.Crz, control, target) { Angle = fixedAngle });

    /// <summary>Appends a controlled phase diag(1,1,1,exp(i angle)) with angle = scale * parameters[parameterIndex].</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="parameterIndex">Index into the parameter vector.</param>
    /// <param name="scale">Factor on the parameter.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit CPhase(int control, int target, int parameterIndex, double scale = 1.0) => Add(Parameterised(GateKind.CPhase, control, target, parameterIndex, scale));

    /// <summary>Appends a controlled phase diag(1,1,1,exp(i angle)) with a fixed angle.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="fixedAngle">Radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit CPhase(int control, int target, double fixedAngle) => Add(new Gate(GateKind.CPhase, control, target) { Angle = fixedAngle });

    /// <summary>Appends a CNOT.</summary>
    /// <param name="q0">Control (first) qubit.</param>
    /// <param name="q1">Target (second) qubit.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Cnot(int q0, int q1) => Add(new Gate(GateKind.Cnot, q0, q1));

    /// <summary>Appends a controlled Z.</summary>
    /// <param name="q0">Control (first) qubit.</param>
    /// <param name="q1">Target (second) qubit.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Cz(int q0, int q1) => Add(new Gate(GateKind.Cz, q0, q1));

    /// <summary>Appends a SWAP.</summary>
    /// <param name="q0">Control (first) qubit.</param>
    /// <param name="q1">Target (second) qubit.</param>
    /// <exception cref="ArgumentException">A qubit is out of range (or repeated), or an index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Swap(int q0, int q1) => Add(new Gate(GateKind.Swap, q0, q1));

    /// <summary>Appends a fixed single-qubit unitary.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="u">The matrix.</param>
    /// <exception cref="ArgumentException">q is out of range or u is not unitary.</exception>
    /// <returns>This circuit.</returns>
    public Circuit Unitary(int q, Matrix2 u) =>
        u.IsUnitary() ? Add(new Gate(GateKind.Unitary, q) { Matrix = u }) : throw new ArgumentException("The matrix is not unitary.", nameof(u));

    /// <summary>Appends a fixed 4x4 unitary on (q0, q1), basis index b0 + 2*b1 (see <see cref="Matrix4"/>).</summary>
    /// <param name="q0">Qubit of bit 0 of the matrix index.</param>
    /// <param name="q1">Qubit of bit 1 of the matrix index.</param>
    /// <param name="u">The matrix.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or repeated, or u is not unitary.</exception>
    /// <returns>This circuit.</returns>
    public Circuit TwoQubitUnitary(int q0, int q1, Matrix4 u) =>
        u.IsUnitary() ? Add(new Gate(GateKind.TwoQubitUnitary, q0, q1) { Matrix4 = u }) : throw new ArgumentException("The 4x4 matrix is not unitary.", nameof(u));

    /// <summary>
    /// Appends exp(-i angle D) for a diagonal D (the QAOA cost layer), angle = scale * parameters[parameterIndex].
    /// The diagonal is copied.
    /// </summary>
    /// <param name="diagonal">2^n real values, index k = basis state |k&gt;.</param>
    /// <param name="parameterIndex">Index into the parameter vector.</param>
    /// <param name="scale">Factor on the parameter.</param>
    /// <exception cref="ArgumentException">The diagonal does not have 2^n entries, or the index is negative.</exception>
    /// <returns>This circuit.</returns>
    public Circuit DiagonalPhase(ReadOnlySpan<double> diagonal, int parameterIndex, double scale = 1.0) =>
        Add(Parameterised(GateKind.DiagonalPhase, -1, -1, parameterIndex, scale) with { DiagonalArray = CheckedDiagonal(diagonal) });

    /// <summary>Appends exp(-i gamma D) for a diagonal D with a fixed angle.</summary>
    /// <param name="diagonal">2^n real values.</param>
    /// <param name="fixedGamma">Radians.</param>
    /// <exception cref="ArgumentException">The diagonal does not have 2^n entries.</exception>
    /// <returns>This circuit.</returns>
    public Circuit DiagonalPhase(ReadOnlySpan<double> diagonal, double fixedGamma) =>
        Add(new Gate(GateKind.DiagonalPhase, -1) { Angle = fixedGamma, DiagonalArray = CheckedDiagonal(diagonal) });

    /// <summary>
    /// Appends one rotation about <paramref name="axis"/> on every qubit: qubit q gets parameter
    /// <paramref name="firstParameterIndex"/> + q.
    /// </summary>
    /// <param name="axis">X, Y or Z.</param>
    /// <param name="firstParameterIndex">The parameter of qubit 0.</param>
    /// <exception cref="ArgumentException">The index is negative or the axis invalid.</exception>
    /// <returns>This circuit.</returns>
    public Circuit RotationLayer(PauliAxis axis, int firstParameterIndex)
    {
        var kind = axis switch
        {
            PauliAxis.X => GateKind.Rx,
            PauliAxis.Y => GateKind.Ry,
            PauliAxis.Z => GateKind.Rz,
            _ => throw new ArgumentException($"Invalid axis {axis}.", nameof(axis)),
        };
        for (int q = 0; q < QubitCount; q++)
        {
            Add(Parameterised(kind, q, -1, firstParameterIndex + q, 1.0));
        }

        return this;
    }

    private static Gate Parameterised(GateKind kind, int q0, int q1, int parameterIndex, double scale)
    {
        if (parameterIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameterIndex), parameterIndex, "A parameter index must be 0 or more.");
        }

        if (!double.IsFinite(scale))
        {
            throw new ArgumentException($"The scale {scale} is not finite.", nameof(scale));
        }

        return new Gate(kind, q0, q1) { ParameterIndex = parameterIndex, Scale = scale };
    }

    private double[] CheckedDiagonal(ReadOnlySpan<double> diagonal)
    {
        if (diagonal.Length != 1 << QubitCount)
        {
            throw new ArgumentException($"The diagonal has {diagonal.Length} entries; {QubitCount} qubits need {1 << QubitCount}.", nameof(diagonal));
        }

        return diagonal.ToArray();
    }
}
