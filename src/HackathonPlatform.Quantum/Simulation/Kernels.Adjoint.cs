using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

// The fused backward step of adjoint differentiation for a stretch of single-qubit gates on distinct
// qubits: in one tiled pass over psi and lambda (same tiling as ApplyFused) it reads Im<lambda|G_j|psi>
// for every gate j and un-applies every gate from both states. Reading G_j after the other gates of
// the stretch were un-applied in the same tile is exact: those act on other qubits, commute with G_j,
// and are unitary on the tile's subspace.
internal static partial class Kernels
{
    private static readonly Vector256<double> AlternatingSign = Vector256.Create(1.0, -1.0, 1.0, -1.0);

    /// <summary>
    /// Returns Im&lt;lambda|G_j|psi&gt; per gate (0 where the generator is None) and un-applies inverse[j]
    /// from both. <paramref name="blockCnots"/> (both qubits below the block size, in un-apply order) are
    /// CNOTs that follow the stretch in the circuit: they are un-applied block by block in the same pass,
    /// before the stretch's low gates. That is exact: they act on other qubits than the high gates of
    /// the stretch, so those gates' derivatives do not change, and they come before the low gates.
    /// </summary>
    public static double[] AdjointFused(Complex[] psi, Complex[] lambda, ReadOnlySpan<int> qubits, GateCoefficients[] inverse, GeneratorKind[] generators, int degree, bool unapply, (int Control, int Target)[] blockCnots, out int passes)
    {
        int n = BitOperations.Log2((uint)psi.Length);
        if (!Vectorised || n < 3)
        {
            throw new InvalidOperationException("The fused adjoint step needs the vector kernels and 3 or more qubits.");
        }

        int blockQubits = Math.Min(n, LowBlockQubits);
        var low = new List<int>();
        var high = new List<int>();
        for (int j = 0; j < qubits.Length; j++)
        {
            (qubits[j] < blockQubits ? low : high).Add(j);
        }

        var q = qubits.ToArray();
        high.Sort((x, y) => q[x].CompareTo(q[y]));
        var totals = new Vector256<double>[qubits.Length];
        var gate = new object();
        passes = 0;

        void Merge(Vector256<double>[] local)
        {
            lock (gate)
            {
                for (int j = 0; j < local.Length; j++)
                {
                    totals[j] += local[j];
                }
            }
        }

        if (low.Count > 0 || blockCnots.Length > 0)
        {
            var lowGates = low.ToArray();
            ForChunks(psi.Length >> blockQubits, degree, (start, end) =>
            {
                var acc = new Vector256<double>[q.Length];
                for (long b = start; b < end; b++)
                {
                    long offset = b << blockQubits;
                    ref double pb = ref Doubles(psi, offset);
                    ref double lb = ref Doubles(lambda, offset);
                    foreach (var (control, target) in blockCnots)
                    {
                        CnotInRegion(ref pb, 1L << blockQubits, control, target);
                        CnotInRegion(ref lb, 1L << blockQubits, control, target);
                    }

                    foreach (int j in lowGates)
                    {
                        var shape = q[j] == 0 ? AdjointShape.Adjacent : AdjointShape.Strided;
                        AdjointDispatch(shape, ref pb, ref pb, ref lb, ref lb, q[j], 1L << (blockQubits - 2), inverse[j], generators[j], unapply, ref acc[j]);
                    }
                }

                Merge(acc);
            }, alignment: 1);
            passes++;
        }

        for (int first = 0; first < high.Count; first += HighGroupQubits)
        {
            var group = high.GetRange(first, Math.Min(HighGroupQubits, high.Count - first)).ToArray();
            AdjointHighGroup(psi, lambda, q, group, inverse, generators, degree, unapply, Merge);
            passes++;
        }

        var result = new double[q.Length];
        for (int j = 0; j < q.Length; j++)
        {
            // Y reads a real part (plain lane sum); X, Z and the projector read imaginary parts.
            result[j] = generators[j] == GeneratorKind.PauliY
                ? Vector256.Sum(totals[j])
                : Vector256.Sum(totals[j] * AlternatingSign);
        }

        return result;
    }

    private static void AdjointHighGroup(Complex[] psi, Complex[] lambda, int[] q, int[] group, GateCoefficients[] inverse, GeneratorKind[] generators, int degree, bool unapply, Action<Vector256<double>[]> merge)
    {
        int k = group.Length;
        int columnQubits = Math.Min(q[group[0]], ColumnQubits);
        int rows = 1 << k;
        var rowOffset = new long[rows];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < k; j++)
            {
                if ((r & (1 << j)) != 0)
                {
                    rowOffset[r] |= 1L << q[group[j]];
                }
            }
        }

        long tiles = psi.Length >> (k + columnQubits);
        ForChunks(tiles, degree, (start, end) =>
        {
            var acc = new Vector256<double>[q.Length];
            for (long tile = start; tile < end; tile++)
            {
                long baseIndex = tile << columnQubits;
                for (int j = 0; j < k; j++)
                {
                    baseIndex = InsertZero(baseIndex, q[group[j]]);
                }

                for (int j = 0; j < k; j++)
                {
                    int g = group[j];
                    long partner = 1L << q[g];
                    for (int r = 0; r < rows; r++)
                    {
                        if ((r & (1 << j)) == 0)
                        {
                            long i = baseIndex + rowOffset[r];
                            AdjointDispatch(AdjointShape.Run, ref Doubles(psi, i), ref Doubles(psi, i + partner), ref Doubles(lambda, i), ref Doubles(lambda, i + partner),
                                0, 1L << (columnQubits - 1), inverse[g], generators[g], unapply, ref acc[g]);
                        }
                    }
                }
            }

            merge(acc);
        }, alignment: 1);
    }

    /// <summary>Which loop shape an adjoint step runs: tile rows, a strided qubit inside a block, or qubit 0.</summary>
    private enum AdjointShape
    {
        Run,
        Strided,
        Adjacent,
    }

    // Picks the specialised loop for (real or complex gate) x (generator).
    private static void AdjointDispatch(AdjointShape shape, ref double pa, ref double pb, ref double la, ref double lb, int q, long count,
        in GateCoefficients inverse, GeneratorKind generator, bool unapply, ref Vector256<double> acc)
    {
        bool wide = Wide && (shape == AdjointShape.Run || (shape == AdjointShape.Strided && q >= 2));
        if (!unapply && wide)
        {
            AdjointDispatchWide(shape, ref pa, ref pb, ref la, ref lb, q, count, default(ReadOnlyPairOp), generator, ref acc);
        }
        else if (!unapply)
        {
            AdjointDispatch(shape, ref pa, ref pb, ref la, ref lb, q, count, default(ReadOnlyPairOp), generator, ref acc);
        }
        else if (wide && inverse.IsReal)
        {
            AdjointDispatchWide(shape, ref pa, ref pb, ref la, ref lb, q, count, new RealPairOp512(inverse), generator, ref acc);
        }
        else if (wide)
        {
            AdjointDispatchWide(shape, ref pa, ref pb, ref la, ref lb, q, count, new ComplexPairOp512(inverse), generator, ref acc);
        }
        else if (inverse.IsReal)
        {
            AdjointDispatch(shape, ref pa, ref pb, ref la, ref lb, q, count, new RealPairOp(inverse), generator, ref acc);
        }
        else
        {
            AdjointDispatch(shape, ref pa, ref pb, ref la, ref lb, q, count, new ComplexPairOp(inverse), generator, ref acc);
        }
    }

    private static void AdjointDispatch<TOp>(AdjointShape shape, ref double pa, ref double pb, ref double la, ref double lb, int q, long count,
        TOp op, GeneratorKind generator, ref Vector256<double> acc)
        where TOp : struct, IPairOp
    {
        switch (generator)
        {
            case GeneratorKind.PauliX: AdjointLoop<TOp, XGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count, op, ref acc); break;
            case GeneratorKind.PauliY: AdjointLoop<TOp, YGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count, op, ref acc); break;
            case GeneratorKind.PauliZ: AdjointLoop<TOp, ZGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count, op, ref acc); break;
            case GeneratorKind.Projector1: AdjointLoop<TOp, Projector1Generator>(shape, ref pa, ref pb, ref la, ref lb, q, count, op, ref acc); break;
            default: AdjointLoop<TOp, NoGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count, op, ref acc); break;
        }
    }

    private static void AdjointLoop<TOp, TGen>(AdjointShape shape, ref double pa, ref double pb, ref double la, ref double lb, int q, long count, TOp op, ref Vector256<double> acc)
        where TOp : struct, IPairOp
        where TGen : struct, IGeneratorTerm
    {
        switch (shape)
        {
            case AdjointShape.Run: AdjointRun<TOp, TGen>(ref pa, ref pb, ref la, ref lb, count, op, ref acc); break;
            case AdjointShape.Strided: AdjointStrided<TOp, TGen>(ref pa, ref la, q, count, op, ref acc); break;
            default: AdjointAdjacent<TOp, TGen>(ref pa, ref la, count, op, ref acc); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjointRun<TOp, TGen>(ref double pa, ref double pb, ref double la, ref double lb, long units, TOp op, ref Vector256<double> acc)
        where TOp : struct, IPairOp
        where TGen : struct, IGeneratorTerm
    {
        var sum = acc;
        for (long t = 0; t < units; t++)
        {
            // SAFETY: the caller guarantees 2 * units amplitudes after each of the four references.
            nuint o = (nuint)(4 * t);
            var a = Vector256.LoadUnsafe(ref pa, o);
            var b = Vector256.LoadUnsafe(ref pb, o);
            var va = Vector256.LoadUnsafe(ref la, o);
            var vb = Vector256.LoadUnsafe(ref lb, o);
            TGen.Accumulate(a, b, va, vb, ref sum);
            op.Apply(ref a, ref b);
            op.Apply(ref va, ref vb);
            if (typeof(TOp) != typeof(ReadOnlyPairOp))
            {
                a.StoreUnsafe(ref pa, o);
                b.StoreUnsafe(ref pb, o);
                va.StoreUnsafe(ref la, o);
                vb.StoreUnsafe(ref lb, o);
            }
        }

        acc = sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjointStrided<TOp, TGen>(ref double psi, ref double lambda, int q, long pairUnits, TOp op, ref Vector256<double> acc)
        where TOp : struct, IPairOp
        where TGen : struct, IGeneratorTerm
    {
        int shift = q - 1;
        long lowMask = (1L << shift) - 1;
        nuint partner = (nuint)(2L << q);
        var sum = acc;
        for (long p = 0; p < pairUnits; p++)
        {
            long u = ((p & ~lowMask) << 1) | (p & lowMask);

            // SAFETY: p < pairUnits of the block, so u and its partner are inside the block.
            nuint o = (nuint)(4 * u);
            var a = Vector256.LoadUnsafe(ref psi, o);
            var b = Vector256.LoadUnsafe(ref psi, o + partner);
            var la = Vector256.LoadUnsafe(ref lambda, o);
            var lb = Vector256.LoadUnsafe(ref lambda, o + partner);
            TGen.Accumulate(a, b, la, lb, ref sum);
            op.Apply(ref a, ref b);
            op.Apply(ref la, ref lb);
            if (typeof(TOp) != typeof(ReadOnlyPairOp))
            {
                a.StoreUnsafe(ref psi, o);
                b.StoreUnsafe(ref psi, o + partner);
                la.StoreUnsafe(ref lambda, o);
                lb.StoreUnsafe(ref lambda, o + partner);
            }
        }

        acc = sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjointAdjacent<TOp, TGen>(ref double psi, ref double lambda, long unitPairs, TOp op, ref Vector256<double> acc)
        where TOp : struct, IPairOp
        where TGen : struct, IGeneratorTerm
    {
        var sum = acc;
        for (long w = 0; w < unitPairs; w++)
        {
            // SAFETY: w < block amplitudes / 4.
            nuint o = (nuint)(8 * w);
            Unpack(Vector256.LoadUnsafe(ref psi, o), Vector256.LoadUnsafe(ref psi, o + 4), out var a, out var b);
            Unpack(Vector256.LoadUnsafe(ref lambda, o), Vector256.LoadUnsafe(ref lambda, o + 4), out var la, out var lb);
            TGen.Accumulate(a, b, la, lb, ref sum);
            op.Apply(ref a, ref b);
            op.Apply(ref la, ref lb);
            if (typeof(TOp) != typeof(ReadOnlyPairOp))
            {
                Pack(a, b, out var v0, out var v1);
                v0.StoreUnsafe(ref psi, o);
                v1.StoreUnsafe(ref psi, o + 4);
                Pack(la, lb, out v0, out v1);
                v0.StoreUnsafe(ref lambda, o);
                v1.StoreUnsafe(ref lambda, o + 4);
            }
        }

        acc = sum;
    }
}
