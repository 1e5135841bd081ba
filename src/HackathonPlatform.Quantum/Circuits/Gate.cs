using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Circuits;

/// <summary>
/// One gate of a <see cref="Circuit"/>: what it is, where it acts, and its angle, either fixed
/// (<see cref="Angle"/>) or <see cref="Scale"/> * parameters[<see cref="ParameterIndex"/>]. Immutable.
/// </summary>
public sealed record Gate
{
    internal Gate(GateKind kind, int qubit0, int qubit1 = -1)
    {
        Kind = kind;
        Qubit0 = qubit0;
        Qubit1 = qubit1;
    }

    /// <summary>The gate's kind.</summary>
    public GateKind Kind { get; }

    /// <summary>The (first) qubit; the control of controlled gates; -1 for <see cref="GateKind.DiagonalPhase"/>.</summary>
    public int Qubit0 { get; }

    /// <summary>The second qubit (target of controlled gates), or -1 for single-qubit gates.</summary>
    public int Qubit1 { get; }

    /// <summary>Index into the parameter vector, or -1 for a fixed angle or an angle-free gate.</summary>
    public int ParameterIndex { get; init; } = -1;

    /// <summary>The fixed angle in radians (used when <see cref="ParameterIndex"/> is -1).</summary>
    public double Angle { get; init; }

    /// <summary>The factor applied to the parameter: angle = Scale * parameters[ParameterIndex].</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>The matrix of a <see cref="GateKind.Unitary"/> gate.</summary>
    public Matrix2 Matrix { get; init; }

    /// <summary>The matrix of a <see cref="GateKind.TwoQubitUnitary"/> gate.</summary>
    public Matrix4 Matrix4 { get; init; }

    /// <summary>The diagonal D of a <see cref="GateKind.DiagonalPhase"/> gate (2^n entries; shared, do not modify).</summary>
    public IReadOnlyList<double>? Diagonal => DiagonalArray;

    /// <summary>True when the angle comes from the parameter vector.</summary>
    public bool IsParameterised => ParameterIndex >= 0;

    /// <summary>True for gates on one qubit (H ... Unitary).</summary>
    public bool IsSingleQubit => Kind <= GateKind.Unitary;

    internal double[]? DiagonalArray { get; init; }

    /// <summary>The angle in radians for a parameter vector.</summary>
    /// <param name="parameters">The circuit's parameters.</param>
    public double AngleFor(ReadOnlySpan<double> parameters) =>
        IsParameterised ? Scale * parameters[ParameterIndex] : Angle;

    /// <summary>The 2x2 matrix of a single-qubit gate at the given angle.</summary>
    /// <param name="angle">Radians (ignored by angle-free gates).</param>
    /// <exception cref="InvalidOperationException">The gate is not a single-qubit gate.</exception>
    public Matrix2 SingleQubitMatrix(double angle) => Kind switch
    {
        GateKind.H => Matrix2.H,
        GateKind.X => Matrix2.X,
        GateKind.Y => Matrix2.Y,
        GateKind.Z => Matrix2.Z,
        GateKind.S => Matrix2.S,
        GateKind.Sdg => Matrix2.Sdg,
        GateKind.T => Matrix2.T,
        GateKind.Tdg => Matrix2.Tdg,
        GateKind.Rx or GateKind.Crx => Matrix2.Rx(angle),
        GateKind.Ry or GateKind.Cry => Matrix2.Ry(angle),
        GateKind.Rz or GateKind.Crz => Matrix2.Rz(angle),
        GateKind.Phase or GateKind.CPhase => Matrix2.Phase(angle),
        GateKind.Unitary => Matrix,
        _ => throw new InvalidOperationException($"{Kind} is not a single-qubit gate."),
    };

    /// <summary>"Ry(q3, p[5])", "Cnot(0, 1)", ...</summary>
    public override string ToString()
    {
        string angle = IsParameterised
            ? (Scale == 1 ? $", p[{ParameterIndex}]" : FormattableString.Invariant($", {Scale}*p[{ParameterIndex}]"))
            : Kind is GateKind.Rx or GateKind.Ry or GateKind.Rz or GateKind.Phase or GateKind.Crx or GateKind.Cry or GateKind.Crz or GateKind.CPhase or GateKind.DiagonalPhase
                ? FormattableString.Invariant($", {Angle}") : string.Empty;
        string qubits = Kind == GateKind.DiagonalPhase ? "all" : Qubit1 < 0 ? $"{Qubit0}" : $"{Qubit0}, {Qubit1}";
        return $"{Kind}({qubits}{angle})";
    }
}
