using System.Text;

namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Conversions between assignments, basis indices and bitstrings. Convention used everywhere in this
/// library: variable q = qubit q = bit q of a basis index = character q of a bitstring (variable 0 first,
/// unlike Qiskit's printed order).
/// </summary>
public static class Bitstrings
{
    /// <summary>The assignment y with y_q = bit q of <paramref name="index"/>.</summary>
    public static bool[] FromIndex(long index, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 63);
        var y = new bool[length];
        for (int q = 0; q < length; q++)
        {
            y[q] = ((index >> q) & 1) != 0;
        }
        return y;
    }

    /// <summary>The basis index whose bit q is y_q (length ≤ 63).</summary>
    public static long ToIndex(ReadOnlySpan<bool> assignment)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(assignment.Length, 63);
        long index = 0;
        for (int q = 0; q < assignment.Length; q++)
        {
            if (assignment[q])
            {
                index |= 1L << q;
            }
        }
        return index;
    }

    /// <summary>"0"/"1" characters, character q = y_q.</summary>
    public static string Format(ReadOnlySpan<bool> assignment)
    {
        var sb = new StringBuilder(assignment.Length);
        foreach (var bit in assignment)
        {
            sb.Append(bit ? '1' : '0');
        }
        return sb.ToString();
    }

    /// <summary>Parses a string of '0'/'1' characters (character q = y_q).</summary>
    /// <exception cref="FormatException">Another character occurs.</exception>
    public static bool[] Parse(string bitstring)
    {
        ArgumentNullException.ThrowIfNull(bitstring);
        var y = new bool[bitstring.Length];
        for (int q = 0; q < bitstring.Length; q++)
        {
            y[q] = bitstring[q] switch
            {
                '0' => false,
                '1' => true,
                _ => throw new FormatException($"Bitstring character {q} is '{bitstring[q]}', expected '0' or '1'."),
            };
        }
        return y;
    }
}
