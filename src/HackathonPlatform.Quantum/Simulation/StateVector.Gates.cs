using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Gate methods. Every method validates its qubits first (ArgumentOutOfRangeException, an
// ArgumentException) and makes one pass over memory unless stated otherwise.
public sealed partial class StateVector
{
    /// <summary>Hadamard on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyH(int q) => ApplyUnchecked(q, Matrix2.H, nameof(q));

    /// <summary>Pauli X (NOT) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyX(int q) => ApplyUnchecked(q, Matrix2.X, nameof(q));

    /// <summary>Pauli Y on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyY(int q) => ApplyUnchecked(q, Matrix2.Y, nameof(q));

    /// <summary>Pauli Z on qubit <paramref name="q"/> (touches only the half with qubit q = 1).</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyZ(int q) => ApplyUnchecked(q, Matrix2.Z, nameof(q));

    /// <summary>S = diag(1, i) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyS(int q) => ApplyUnchecked(q, Matrix2.S, nameof(q));

    /// <summary>S-dagger = diag(1, -i) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplySdg(int q) => ApplyUnchecked(q, Matrix2.Sdg, nameof(q));

    /// <summary>T = diag(1, exp(i pi/4)) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyT(int q) => ApplyUnchecked(q, Matrix2.T, nameof(q));

    /// <summary>T-dagger = diag(1, exp(-i pi/4)) on qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyTdg(int q) => ApplyUnchecked(q, Matrix2.Tdg, nameof(q));

    /// <summary>Rx(theta) = exp(-i theta X/2) on qubit <paramref name="q"/>; theta in radians.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyRx(int q, double theta) => ApplyUnchecked(q, Matrix2.Rx(theta), nameof(q));

    /// <summary>Ry(theta) = exp(-i theta Y/2) on qubit <paramref name="q"/>; theta in radians.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyRy(int q, double theta) => ApplyUnchecked(q, Matrix2.Ry(theta), nameof(q));

    /// <summary>Rz(theta) = exp(-i theta Z/2) on qubit <paramref name="q"/>; theta in radians.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyRz(int q, double theta) => ApplyUnchecked(q, Matrix2.Rz(theta), nameof(q));

    /// <summary>Phase(phi) = diag(1, exp(i phi)) on qubit <paramref name="q"/>; phi in radians.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="phi">Phase in radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public void ApplyPhase(int q, double phi) => ApplyUnchecked(q, Matrix2.Phase(phi), nameof(q));

    /// <summary>Applies an arbitrary single-qubit unitary to qubit <paramref name="q"/>.</summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="u">A unitary (checked to <see cref="SimulationTolerance.Unitarity"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    /// <exception cref="ArgumentException">u is not unitary.</exception>
    public void ApplyUnitary(int q, Matrix2 u)
    {
        CheckQubit(q, nameof(q));
        if (!u.IsUnitary())
        {
            throw new ArgumentException($"The matrix {u} is not unitary (U†U differs from I by more than {SimulationTolerance.Unitarity}).", nameof(u));
        }

        ApplyUnchecked(q, u, nameof(q));
    }

    /// <summary>CNOT: flips <paramref name="target"/> where <paramref name="control"/> is 1.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit, different from control.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCnot(int control, int target) => ApplyControlledUnchecked(control, target, Matrix2.X);

    /// <summary>Controlled Z (symmetric in its qubits): negates amplitudes where both are 1.</summary>
    /// <param name="control">First qubit.</param>
    /// <param name="target">Second qubit, different.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCz(int control, int target) => ApplyControlledUnchecked(control, target, Matrix2.Z);

    /// <summary>Controlled Rx(theta): Rx on <paramref name="target"/> where <paramref name="control"/> is 1.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCrx(int control, int target, double theta) => ApplyControlledUnchecked(control, target, Matrix2.Rx(theta));

    /// <summary>Controlled Ry(theta).</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCry(int control, int target, double theta) => ApplyControlledUnchecked(control, target, Matrix2.Ry(theta));

    /// <summary>Controlled Rz(theta).</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="theta">Angle in radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCrz(int control, int target, double theta) => ApplyControlledUnchecked(control, target, Matrix2.Rz(theta));

    /// <summary>Controlled phase: multiplies amplitudes where both qubits are 1 by exp(i phi) (symmetric).</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="phi">Phase in radians.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplyCPhase(int control, int target, double phi) => ApplyControlledUnchecked(control, target, Matrix2.Phase(phi));

    /// <summary>Applies <paramref name="u"/> to <paramref name="target"/> where <paramref name="control"/> is 1.</summary>
    /// <param name="control">Control qubit.</param>
    /// <param name="target">Target qubit.</param>
    /// <param name="u">A unitary.</param>
    /// <exception cref="ArgumentException">A qubit is out of range, both are the same, or u is not unitary.</exception>
    public void ApplyControlledUnitary(int control, int target, Matrix2 u)
    {
        if (!u.IsUnitary())
        {
            throw new ArgumentException($"The matrix {u} is not unitary.", nameof(u));
        }

        ApplyControlledUnchecked(control, target, u);
    }

    /// <summary>Swaps the states of two qubits.</summary>
    /// <param name="q0">First qubit.</param>
    /// <param name="q1">Second qubit, different.</param>
    /// <exception cref="ArgumentException">A qubit is out of range or both are the same.</exception>
    public void ApplySwap(int q0, int q1)
    {
        CheckPair(q0, q1, nameof(q0), nameof(q1));
        PassCount++;
        Kernels.Swap(_amplitudes, q0, q1);
    }

    /// <summary>
    /// Applies a 4x4 unitary to the pair (<paramref name="q0"/>, <paramref name="q1"/>); the matrix's
    /// basis index is b0 + 2*b1 with b0 the value of q0 (see <see cref="Matrix4"/>).
    /// </summary>
    /// <param name="q0">The qubit of bit 0 of the matrix index.</param>
    /// <param name="q1">The qubit of bit 1 of the matrix index.</param>
    /// <param name="u">A unitary.</param>
    /// <exception cref="ArgumentException">A qubit is out of range, both are the same, or u is not unitary.</exception>
    public void ApplyTwoQubitUnitary(int q0, int q1, Matrix4 u)
    {
        CheckPair(q0, q1, nameof(q0), nameof(q1));
        if (!u.IsUnitary())
        {
            throw new ArgumentException("The 4x4 matrix is not unitary.", nameof(u));
        }

        PassCount++;
        Kernels.ApplyMatrix4(_amplitudes, q0, q1, u, Degree);
    }

    /// <summary>
    /// Multiplies amplitude k by exp(-i * gamma * diagonal[k]) in one pass: the QAOA cost layer
    /// exp(-i gamma C) for a diagonal cost C.
    /// </summary>
    /// <param name="diagonal">2^n real values, index k = basis state |k&gt;.</param>
    /// <param name="gamma">The angle multiplying the cost.</param>
    /// <exception cref="ArgumentException">diagonal.Length is not 2^n.</exception>
    public void ApplyDiagonalPhase(ReadOnlySpan<double> diagonal, double gamma)
    {
        CheckDiagonal(diagonal, nameof(diagonal));
        PassCount++;
        Kernels.DiagonalPhase(_amplitudes, diagonal, gamma, 0, _amplitudes.Length);
    }

    /// <summary>
    /// As <see cref="ApplyDiagonalPhase(ReadOnlySpan{double}, double)"/>; an array (unlike a span) can be
    /// shared with worker threads, so large states use <see cref="MaxDegreeOfParallelism"/> threads.
    /// </summary>
    /// <param name="diagonal">2^n real values, index k = basis state |k&gt;.</param>
    /// <param name="gamma">The angle multiplying the cost.</param>
    /// <exception cref="ArgumentException">diagonal.Length is not 2^n.</exception>
    public void ApplyDiagonalPhase(double[] diagonal, double gamma)
    {
        ArgumentNullException.ThrowIfNull(diagonal);
        CheckDiagonal(diagonal, nameof(diagonal));
        PassCount++;
        var a = _amplitudes;
        Kernels.ForChunks(a.Length, Degree, (start, end) => Kernels.DiagonalPhase(a, diagonal, gamma, start, end));
    }

    internal int Degree => UseThreads ? MaxDegreeOfParallelism : 1;

    internal void ApplyUnchecked(int q, Matrix2 u, string paramName)
    {
        CheckQubit(q, paramName);
        PassCount++;
        Kernels.ApplyMatrix2(_amplitudes, q, u, Degree);
    }

    internal void ApplyControlledUnchecked(int control, int target, Matrix2 u)
    {
        CheckPair(control, target, nameof(control), nameof(target));
        PassCount++;
        Kernels.ApplyControlled(_amplitudes, control, target, u, Degree);
    }

    private void CheckDiagonal(ReadOnlySpan<double> diagonal, string paramName)
    {
        if (diagonal.Length != _amplitudes.Length)
        {
            throw new ArgumentException($"The diagonal has {diagonal.Length} entries; a {QubitCount}-qubit state needs 2^{QubitCount} = {_amplitudes.Length}.", paramName);
        }
    }
}
