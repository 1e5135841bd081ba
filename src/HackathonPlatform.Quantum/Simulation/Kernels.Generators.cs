using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Inner products with a gate's generator, for adjoint differentiation: <bra| G |ket>.
internal static partial class Kernels
{
    /// <summary>What G does on the target qubit (Projector1 = |1&gt;&lt;1|).</summary>
    public enum TargetOperator
    {
        PauliX,
        PauliY,
        PauliZ,
        Projector1,
    }

    /// <summary>
    /// &lt;bra| G |ket&gt; for G = (projector onto controlMask all ones) * op(target); controlMask 0 means
    /// no control. One read-only pass over both states.
    /// </summary>
    public static Complex GeneratorInner(Complex[] bra, Complex[] ket, long controlMask, int target, TargetOperator op)
    {
        long t = 1L << target;
        double re = 0, im = 0;
        for (long k = 0; k < ket.LongLength; k++)
        {
            if ((k & controlMask) != controlMask)
            {
                continue;
            }

            bool one = (k & t) != 0;
            Complex v = op switch
            {
                TargetOperator.PauliX => ket[k ^ t],

                // Y|0> = i|1>, Y|1> = -i|0>: (Y ket)[k] = -i ket[k^t] where bit is 0, +i ket[k^t] where 1.
                TargetOperator.PauliY => one ? Complex.ImaginaryOne * ket[k ^ t] : -Complex.ImaginaryOne * ket[k ^ t],
                TargetOperator.PauliZ => one ? -ket[k] : ket[k],
                _ => one ? ket[k] : Complex.Zero,
            };
            Complex b = bra[k];
            re += (b.Real * v.Real) + (b.Imaginary * v.Imaginary);
            im += (b.Real * v.Imaginary) - (b.Imaginary * v.Real);
        }

        return new Complex(re, im);
    }

    /// <summary>&lt;bra| D |ket&gt; for a real diagonal D.</summary>
    public static Complex DiagonalInner(Complex[] bra, Complex[] ket, ReadOnlySpan<double> diagonal)
    {
        double re = 0, im = 0;
        for (int k = 0; k < ket.Length; k++)
        {
            Complex b = bra[k], v = ket[k];
            re += ((b.Real * v.Real) + (b.Imaginary * v.Imaginary)) * diagonal[k];
            im += ((b.Real * v.Imaginary) - (b.Imaginary * v.Real)) * diagonal[k];
        }

        return new Complex(re, im);
    }

    /// <summary>target[k] = source[k] * diagonal[k]; returns sum |source[k]|^2 diagonal[k].</summary>
    public static double MultiplyDiagonal(Complex[] source, Complex[] target, ReadOnlySpan<double> diagonal)
    {
        double value = 0;
        for (int k = 0; k < source.Length; k++)
        {
            double re = source[k].Real * diagonal[k], im = source[k].Imaginary * diagonal[k];
            target[k] = new Complex(re, im);
            value += (re * source[k].Real) + (im * source[k].Imaginary);
        }

        return value;
    }
}
