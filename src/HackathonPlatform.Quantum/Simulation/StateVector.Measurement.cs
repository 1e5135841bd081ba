using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Read-out: probabilities, expectation values, measurement and sampling.
public sealed partial class StateVector
{
    /// <summary>The probabilities |a_k|^2, index k = basis state |k&gt; (a new array of 2^n doubles).</summary>
    public double[] Probabilities()
    {
        PassCount++;
        var p = new double[_amplitudes.Length];
        for (int k = 0; k < p.Length; k++)
        {
            var a = _amplitudes[k];
            p[k] = (a.Real * a.Real) + (a.Imaginary * a.Imaginary);
        }

        return p;
    }

    /// <summary>&lt;psi|D|psi&gt; = sum |a_k|^2 diagonal[k] for a diagonal observable D (one pass).</summary>
    /// <param name="diagonal">2^n real values.</param>
    /// <exception cref="ArgumentException">diagonal.Length is not 2^n.</exception>
    public double ExpectationDiagonal(ReadOnlySpan<double> diagonal)
    {
        CheckDiagonal(diagonal, nameof(diagonal));
        PassCount++;
        return Kernels.ExpectationDiagonal(_amplitudes, diagonal, 0, _amplitudes.Length);
    }

    /// <summary>
    /// As <see cref="ExpectationDiagonal(ReadOnlySpan{double})"/>; with an array, large states use
    /// <see cref="MaxDegreeOfParallelism"/> threads.
    /// </summary>
    /// <param name="diagonal">2^n real values.</param>
    /// <exception cref="ArgumentException">diagonal.Length is not 2^n.</exception>
    public double ExpectationDiagonal(double[] diagonal)
    {
        ArgumentNullException.ThrowIfNull(diagonal);
        CheckDiagonal(diagonal, nameof(diagonal));
        PassCount++;
        var a = _amplitudes;
        return Kernels.SumChunks(a.Length, Degree, (start, end) => Kernels.ExpectationDiagonal(a, diagonal, start, end));
    }

    /// <summary>
    /// &lt;psi|H|psi&gt; for a Pauli sum (real because H is Hermitian). All Z-only terms share one pass;
    /// every other term costs one pass.
    /// </summary>
    /// <param name="observable">Terms on qubits below n.</param>
    /// <exception cref="ArgumentException">A term names a qubit this state does not have.</exception>
    public double Expectation(PauliSum observable)
    {
        CheckObservable(observable);
        double value = 0;
        var diagonalTerms = observable.Terms.Where(t => t.Operator.IsDiagonal).ToArray();
        if (diagonalTerms.Length > 0)
        {
            PassCount++;
            value += Kernels.ExpectationZTerms(_amplitudes, diagonalTerms);
        }

        foreach (var term in observable.Terms.Where(t => !t.Operator.IsDiagonal))
        {
            PassCount++;
            value += term.Coefficient * Kernels.ExpectationPauli(_amplitudes, term.Operator).Real;
        }

        return value;
    }

    /// <summary>
    /// Measures qubit <paramref name="q"/> in the computational basis and collapses the state
    /// (renormalised). Uses one number from <paramref name="rng"/>; seed it for reproducibility.
    /// </summary>
    /// <param name="q">0..n-1.</param>
    /// <param name="rng">The random source.</param>
    /// <returns>0 or 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">q is not a qubit of this state.</exception>
    public int Measure(int q, Random rng)
    {
        CheckQubit(q, nameof(q));
        ArgumentNullException.ThrowIfNull(rng);
        PassCount += 2;
        int bit = 1 << q;
        double p1 = 0;
        double total = 0;
        for (int k = 0; k < _amplitudes.Length; k++)
        {
            double pk = _amplitudes[k].Real * _amplitudes[k].Real + _amplitudes[k].Imaginary * _amplitudes[k].Imaginary;
            total += pk;
            if ((k & bit) != 0)
            {
                p1 += pk;
            }
        }

        int outcome = rng.NextDouble() * total < p1 ? 1 : 0;
        double kept = outcome == 1 ? p1 : total - p1;
        double scale = 1.0 / Math.Sqrt(kept);
        for (int k = 0; k < _amplitudes.Length; k++)
        {
            _amplitudes[k] = ((k & bit) != 0) == (outcome == 1) ? _amplitudes[k] * scale : Complex.Zero;
        }

        return outcome;
    }

    /// <summary>
    /// Draws <paramref name="shots"/> basis-state indices from |a_k|^2 without collapsing the state.
    /// Cost: one pass plus O(shots * n); 8 bytes * 2^n of scratch. Reproducible for a seeded rng.
    /// </summary>
    /// <param name="shots">0 or more.</param>
    /// <param name="rng">The random source (one number per shot).</param>
    /// <returns>The sampled indices k (qubit q = bit q of k), in draw order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">shots is negative.</exception>
    public long[] Sample(int shots, Random rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shots);
        ArgumentNullException.ThrowIfNull(rng);
        PassCount++;
        var cumulative = new double[_amplitudes.Length];
        double running = 0;
        for (int k = 0; k < cumulative.Length; k++)
        {
            running += (_amplitudes[k].Real * _amplitudes[k].Real) + (_amplitudes[k].Imaginary * _amplitudes[k].Imaginary);
            cumulative[k] = running;
        }

        var result = new long[shots];
        for (int s = 0; s < shots; s++)
        {
            double r = rng.NextDouble() * running;
            int index = Array.BinarySearch(cumulative, r);
            index = index >= 0 ? index + 1 : ~index;

            // Guards against r landing on the total through rounding, and skips zero-probability states.
            index = Math.Min(index, cumulative.Length - 1);
            result[s] = index;
        }

        return result;
    }

    internal void CheckObservable(PauliSum observable)
    {
        ArgumentNullException.ThrowIfNull(observable);
        if (observable.RequiredQubits > QubitCount)
        {
            throw new ArgumentException($"The observable acts on {observable.RequiredQubits} qubits; the state has {QubitCount}.", nameof(observable));
        }
    }
}
