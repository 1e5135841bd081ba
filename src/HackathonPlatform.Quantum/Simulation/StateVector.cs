using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A pure state of n qubits as 2^n complex amplitudes (16 bytes each: 20 qubits = 16 MiB,
/// 24 qubits = 256 MiB, 30 qubits = 16 GiB).
/// <para>
/// Qubit ordering (used everywhere in this library): qubit q is bit q of the basis-state index,
/// little-endian, so qubit 0 is the least significant bit. Amplitude k belongs to |k&gt;; for 3 qubits,
/// index 6 = 0b110 means qubit 0 = 0, qubit 1 = 1, qubit 2 = 1. Ket strings written "q0 q1 q2" left
/// to right (as Q#'s DumpMachine does) read the index bits backwards.
/// </para>
/// <para>
/// Cost: every gate is one pass over memory (diagonal and controlled gates touch only the part they
/// change); the kernels are memory-bound, so <see cref="ApplyRotationLayer"/> and
/// <see cref="ApplySingleQubitGates"/> fuse many single-qubit gates into few passes. States of at
/// least 2^<see cref="ParallelThresholdQubits"/> amplitudes are processed by up to
/// <see cref="MaxDegreeOfParallelism"/> threads. Not thread-safe: one caller at a time.
/// </para>
/// </summary>
public sealed partial class StateVector
{
    /// <summary>The most qubits a state may have: 2^30 amplitudes (16 GiB) is the largest .NET array we use.</summary>
    public const int MaxQubits = 30;

    /// <summary>States with at least 2^this many amplitudes use several threads.</summary>
    public const int ParallelThresholdQubits = 18;

    private static int s_defaultDegree = Environment.ProcessorCount;

    private readonly Complex[] _amplitudes;

    /// <summary>Creates |0...0&gt; on <paramref name="qubitCount"/> qubits.</summary>
    /// <param name="qubitCount">1..<see cref="MaxQubits"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">qubitCount is below 1 or above <see cref="MaxQubits"/>.</exception>
    /// <exception cref="InsufficientMemoryException">
    /// The state needs more than the memory available to this process
    /// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>); checked before allocating.
    /// </exception>
    public StateVector(int qubitCount)
        : this(qubitCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)
    {
    }

    // Tests inject the available memory so the refusal can be checked without owning 16 GiB.
    internal StateVector(int qubitCount, long availableMemoryBytes)
    {
        EnsureAllocatable(qubitCount, availableMemoryBytes);
        QubitCount = qubitCount;
        _amplitudes = new Complex[1 << qubitCount];
        _amplitudes[0] = Complex.One;
    }

    // Skips zeroing for scratch states (adjoint lambda) that are fully overwritten at once.
    private StateVector(int qubitCount, bool uninitialized)
    {
        EnsureAllocatable(qubitCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        QubitCount = qubitCount;
        _amplitudes = uninitialized ? GC.AllocateUninitializedArray<Complex>(1 << qubitCount) : new Complex[1 << qubitCount];
    }

    private StateVector(StateVector source)
    {
        QubitCount = source.QubitCount;
        _amplitudes = GC.AllocateUninitializedArray<Complex>(source._amplitudes.Length);
        source._amplitudes.AsSpan().CopyTo(_amplitudes);
        MaxDegreeOfParallelism = source.MaxDegreeOfParallelism;
    }

    /// <summary>The number of qubits n.</summary>
    public int QubitCount { get; }

    /// <summary>The number of amplitudes, 2^n.</summary>
    public int Dimension => _amplitudes.Length;

    /// <summary>
    /// The amplitudes, index k = basis state |k&gt; (qubit q = bit q of k). Writable, so callers can
    /// prepare any state; keeping it normalised is then the caller's job. The span aliases the state:
    /// do not hold it across gate calls made from other threads.
    /// </summary>
    public Span<Complex> Amplitudes => _amplitudes;

    /// <summary>
    /// Diagnostic: how many full passes over the amplitude array the kernels have made since creation
    /// (a gate that touches only half of the state still counts as one pass). Used by the benchmarks
    /// to check gate fusion.
    /// </summary>
    public long PassCount { get; private set; }

    /// <summary>Threads used for states at or above the parallel threshold; 1 forces single-threaded kernels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxDegreeOfParallelism;

    /// <summary>
    /// The <see cref="MaxDegreeOfParallelism"/> new states start with (process-wide; default: the processor
    /// count). Set it to 1 to keep every kernel, including those inside circuits and gradients, on the
    /// calling thread.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public static int DefaultMaxDegreeOfParallelism
    {
        get => s_defaultDegree;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            s_defaultDegree = value;
        }
    }

    /// <summary>Bytes of amplitude storage for <paramref name="qubitCount"/> qubits: 16 * 2^n.</summary>
    /// <param name="qubitCount">0..59 (so the result fits a long).</param>
    /// <exception cref="ArgumentOutOfRangeException">qubitCount is negative or above 59.</exception>
    public static long BytesRequired(int qubitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qubitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(qubitCount, 59);
        return 16L << qubitCount;
    }

    /// <summary>A deep copy (same amplitudes and parallelism setting; pass count starts at 0).</summary>
    public StateVector Clone() => new(this);

    /// <summary>Returns to |0...0&gt;.</summary>
    public void Reset()
    {
        Array.Clear(_amplitudes);
        _amplitudes[0] = Complex.One;
        PassCount++;
    }

    /// <summary>Copies the amplitudes of <paramref name="source"/> into this state.</summary>
    /// <param name="source">A state with the same qubit count.</param>
    /// <exception cref="ArgumentException">The qubit counts differ.</exception>
    public void CopyFrom(StateVector source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.QubitCount != QubitCount)
        {
            throw new ArgumentException($"Cannot copy a {source.QubitCount}-qubit state into a {QubitCount}-qubit state.", nameof(source));
        }

        source._amplitudes.AsSpan().CopyTo(_amplitudes);
        PassCount++;
    }

    /// <summary>The squared norm sum |a_k|^2 (1 for a normalised state).</summary>
    public double NormSquared()
    {
        PassCount++;
        return Kernels.NormSquared(_amplitudes);
    }

    /// <summary>The inner product &lt;this|other&gt; = sum conj(this_k) * other_k.</summary>
    /// <param name="other">A state with the same qubit count.</param>
    /// <exception cref="ArgumentException">The qubit counts differ.</exception>
    public Complex InnerProduct(StateVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.QubitCount != QubitCount)
        {
            throw new ArgumentException($"Qubit counts differ: {QubitCount} and {other.QubitCount}.", nameof(other));
        }

        PassCount++;
        return Kernels.InnerProduct(_amplitudes, other._amplitudes);
    }

    internal Complex[] RawAmplitudes => _amplitudes;

    internal bool UseThreads => MaxDegreeOfParallelism > 1 && QubitCount >= ParallelThresholdQubits;

    internal void CountPass() => PassCount++;

    internal static void EnsureAllocatable(int qubitCount, long availableMemoryBytes)
    {
        if (qubitCount < 1 || qubitCount > MaxQubits)
        {
            throw new ArgumentOutOfRangeException(nameof(qubitCount), qubitCount,
                $"A state vector needs 1..{MaxQubits} qubits (2^{MaxQubits} amplitudes is the largest array used).");
        }

        long needed = BytesRequired(qubitCount);
        if (needed > availableMemoryBytes)
        {
            throw new InsufficientMemoryException(
                $"A {qubitCount}-qubit state needs {needed} bytes (16 * 2^{qubitCount}), but only {availableMemoryBytes} bytes are available to this process.");
        }
    }

    private void CheckQubit(int q, string paramName)
    {
        if ((uint)q >= (uint)QubitCount)
        {
            throw new ArgumentOutOfRangeException(paramName, q, $"Qubit index must be in 0..{QubitCount - 1}.");
        }
    }

    private void CheckPair(int a, int b, string nameA, string nameB)
    {
        CheckQubit(a, nameA);
        CheckQubit(b, nameB);
        if (a == b)
        {
            throw new ArgumentException($"A two-qubit gate needs two different qubits; both are {a}.", nameB);
        }
    }
}
