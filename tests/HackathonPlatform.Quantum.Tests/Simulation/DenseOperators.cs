using System.Numerics;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>
/// Textbook operators for the reference simulator, written from their definitions and independent of
/// the production Matrix2 factories: a mistake there cannot hide here.
/// </summary>
public static class DenseOperators
{
    public static readonly Complex I1 = Complex.ImaginaryOne;

    public static Complex[,] Identity => new Complex[,] { { 1, 0 }, { 0, 1 } };

    public static Complex[,] PauliX => new Complex[,] { { 0, 1 }, { 1, 0 } };

    public static Complex[,] PauliY => new Complex[,] { { 0, -I1 }, { I1, 0 } };

    public static Complex[,] PauliZ => new Complex[,] { { 1, 0 }, { 0, -1 } };

    public static Complex[,] Hadamard => Scale(Add(PauliX, PauliZ), 1 / Math.Sqrt(2));

    public static Complex[,] Diag(Complex d0, Complex d1) => new Complex[,] { { d0, 0 }, { 0, d1 } };

    /// <summary>|r&gt;&lt;c| on one qubit.</summary>
    public static Complex[,] Unit(int r, int c)
    {
        var m = new Complex[2, 2];
        m[r, c] = 1;
        return m;
    }

    /// <summary>exp(-i theta P / 2) = cos(theta/2) I - i sin(theta/2) P.</summary>
    public static Complex[,] Rotation(Complex[,] pauli, double theta) =>
        Add(Scale(Identity, Math.Cos(theta / 2)), Scale(pauli, -I1 * Math.Sin(theta / 2)));

    public static Complex[,] Add(Complex[,] a, Complex[,] b)
    {
        var r = new Complex[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < r.GetLength(0); i++)
        {
            for (int j = 0; j < r.GetLength(1); j++)
            {
                r[i, j] = a[i, j] + b[i, j];
            }
        }

        return r;
    }

    public static Complex[,] Scale(Complex[,] a, Complex s)
    {
        var r = (Complex[,])a.Clone();
        for (int i = 0; i < r.GetLength(0); i++)
        {
            for (int j = 0; j < r.GetLength(1); j++)
            {
                r[i, j] *= s;
            }
        }

        return r;
    }

    public static Complex[,] Kronecker(Complex[,] a, Complex[,] b)
    {
        int ar = a.GetLength(0), ac = a.GetLength(1), br = b.GetLength(0), bc = b.GetLength(1);
        var r = new Complex[ar * br, ac * bc];
        for (int i = 0; i < ar; i++)
        {
            for (int j = 0; j < ac; j++)
            {
                for (int k = 0; k < br; k++)
                {
                    for (int l = 0; l < bc; l++)
                    {
                        r[(i * br) + k, (j * bc) + l] = a[i, j] * b[k, l];
                    }
                }
            }
        }

        return r;
    }

    /// <summary>
    /// The n-qubit operator acting as ops[q] on qubit q and the identity elsewhere:
    /// ops[n-1] (x) ... (x) ops[0], because qubit 0 is the least significant bit of the index.
    /// </summary>
    public static Complex[,] Embed(int n, IReadOnlyDictionary<int, Complex[,]> ops)
    {
        Complex[,] result = new Complex[,] { { 1 } };
        for (int q = n - 1; q >= 0; q--)
        {
            result = Kronecker(result, ops.TryGetValue(q, out var op) ? op : Identity);
        }

        return result;
    }

    public static Complex[] Multiply(Complex[,] m, Complex[] v)
    {
        var r = new Complex[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            Complex sum = 0;
            for (int j = 0; j < v.Length; j++)
            {
                sum += m[i, j] * v[j];
            }

            r[i] = sum;
        }

        return r;
    }
}
