using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Internal helpers for adjoint differentiation (HackathonPlatform.Quantum.Gradients).
public sealed partial class StateVector
{
    /// <summary>This state becomes D|source&gt; (not normalised); returns &lt;source|D|source&gt;. One pass.</summary>
    internal double SetToDiagonalTimes(StateVector source, ReadOnlySpan<double> diagonal)
    {
        CheckDiagonal(diagonal, nameof(diagonal));
        PassCount++;
        return Kernels.MultiplyDiagonal(source._amplitudes, _amplitudes, diagonal);
    }

    /// <summary>A state of the same size whose amplitudes are not initialised: the caller overwrites them all.</summary>
    internal StateVector CreateScratch() => new(QubitCount, uninitialized: true) { MaxDegreeOfParallelism = MaxDegreeOfParallelism };

    /// <summary>This state becomes H|source&gt; for a Pauli sum (not normalised): one pass per term.</summary>
    internal void SetToPauliSumTimes(StateVector source, PauliSum observable)
    {
        source.CheckObservable(observable);
        Array.Clear(_amplitudes);
        foreach (var term in observable.Terms)
        {
            PassCount++;
            Kernels.AccumulatePauli(source._amplitudes, _amplitudes, term.Operator, term.Coefficient);
        }
    }

    /// <summary>&lt;this| G |ket&gt; for a (controlled) single-target generator.</summary>
    internal Complex GeneratorInner(StateVector ket, long controlMask, int target, Kernels.TargetOperator op)
    {
        PassCount++;
        return Kernels.GeneratorInner(_amplitudes, ket._amplitudes, controlMask, target, op);
    }

    /// <summary>&lt;this| D |ket&gt; for a real diagonal D.</summary>
    internal Complex DiagonalInner(StateVector ket, ReadOnlySpan<double> diagonal)
    {
        PassCount++;
        return Kernels.DiagonalInner(_amplitudes, ket._amplitudes, diagonal);
    }

    /// <summary>Qubits below this are inside one cache block of the fused kernels; CNOTs among them can join a fused step.</summary>
    internal int BlockQubits => Math.Min(QubitCount, Kernels.LowBlockQubits);

    /// <summary>True when <see cref="AdjointStepFused"/> is available for this state.</summary>
    internal bool CanFuseAdjoint => Kernels.Vectorised && QubitCount >= 3;

    /// <summary>
    /// The fused backward step for single-qubit gates on distinct qubits: returns Im&lt;lambda|G_j|psi&gt;
    /// for every gate (psi = this) and, when <paramref name="unapply"/>, un-applies inverse[j] from both states.
    /// </summary>
    internal double[] AdjointStepFused(StateVector lambda, ReadOnlySpan<int> qubits, ReadOnlySpan<Matrix2> inverse, GeneratorKind[] generators, bool unapply = true, (int Control, int Target)[]? blockCnots = null)
    {
        var coefficients = new GateCoefficients[inverse.Length];
        for (int j = 0; j < coefficients.Length; j++)
        {
            coefficients[j] = new GateCoefficients(inverse[j]);
        }

        var result = Kernels.AdjointFused(_amplitudes, lambda._amplitudes, qubits, coefficients, generators, Degree, unapply, blockCnots ?? [], out int passes);
        PassCount += passes;
        lambda.PassCount += passes;
        return result;
    }

    /// <summary>CNOT on this state and on <paramref name="other"/> in one dispatch (qubits already validated).</summary>
    internal void ApplyCnotWith(StateVector other, int control, int target)
    {
        PassCount++;
        other.PassCount++;
        Kernels.ApplyCnot(_amplitudes, other._amplitudes, control, target, Degree);
    }
}
