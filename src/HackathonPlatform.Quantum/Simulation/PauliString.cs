using System.Globalization;
using System.Numerics;
using System.Text;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A tensor product of Pauli operators, e.g. "Z0 Z1" or "X2 Y5" (qubits not named carry the identity;
/// the empty string is the identity). Immutable. Stored as two bit masks so that applying it to a
/// basis state is O(1): P|k&gt; = i^(number of Y) * (-1)^popcount(k &amp; ZMask) * |k XOR XMask&gt;.
/// </summary>
public sealed class PauliString : IEquatable<PauliString>
{
    /// <summary>The largest qubit index a Pauli string may name (masks are 64-bit).</summary>
    public const int MaxQubitIndex = 63;

    private readonly PauliFactor[] _factors;

    /// <summary>Creates a Pauli string from factors on distinct qubits (any order).</summary>
    /// <param name="factors">The non-identity factors.</param>
    /// <exception cref="ArgumentException">A qubit appears twice, is negative or above <see cref="MaxQubitIndex"/>, or an axis is invalid.</exception>
    public PauliString(IEnumerable<PauliFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        _factors = [.. factors.OrderBy(f => f.Qubit)];
        foreach (var f in _factors)
        {
            if (f.Qubit < 0 || f.Qubit > MaxQubitIndex)
            {
                throw new ArgumentException($"Qubit index {f.Qubit} is outside 0..{MaxQubitIndex}.", nameof(factors));
            }

            if (f.Axis is not (PauliAxis.X or PauliAxis.Y or PauliAxis.Z))
            {
                throw new ArgumentException($"Invalid Pauli axis {f.Axis} on qubit {f.Qubit}.", nameof(factors));
            }

            ulong bit = 1UL << f.Qubit;
            if (((XMask | ZMask) & bit) != 0)
            {
                throw new ArgumentException($"Qubit {f.Qubit} appears twice in one Pauli string.", nameof(factors));
            }

            if (f.Axis is PauliAxis.X or PauliAxis.Y)
            {
                XMask |= bit;
            }

            if (f.Axis is PauliAxis.Z or PauliAxis.Y)
            {
                ZMask |= bit;
            }
        }
    }

    /// <summary>The identity (no factors).</summary>
    public static PauliString Identity { get; } = new([]);

    /// <summary>The factors, sorted by qubit.</summary>
    public IReadOnlyList<PauliFactor> Factors => _factors;

    /// <summary>Bit q is set when the factor on qubit q is X or Y (it flips bit q).</summary>
    public ulong XMask { get; }

    /// <summary>Bit q is set when the factor on qubit q is Z or Y (it gives a sign on bit q).</summary>
    public ulong ZMask { get; }

    /// <summary>True when the string contains only Z factors (diagonal in the computational basis).</summary>
    public bool IsDiagonal => XMask == 0;

    /// <summary>The number of qubits a state needs to hold this string: highest qubit + 1 (0 for the identity).</summary>
    public int RequiredQubits => _factors.Length == 0 ? 0 : _factors[^1].Qubit + 1;

    /// <summary>i^(number of Y factors): the phase of P|0..0&gt;.</summary>
    public Complex YPhase => (BitOperations.PopCount(XMask & ZMask) & 3) switch
    {
        0 => Complex.One,
        1 => Complex.ImaginaryOne,
        2 => -Complex.One,
        _ => -Complex.ImaginaryOne,
    };

    /// <summary>Parses factors such as "Z0 Z1", "X2*Y3" or "I" (the identity); whitespace or '*' separate factors.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">A factor is not a letter I/X/Y/Z followed by a qubit index.</exception>
    /// <exception cref="ArgumentException">A qubit appears twice or is out of range.</exception>
    public static PauliString Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var factors = new List<PauliFactor>();
        foreach (var token in text.Split([' ', '\t', '*'], StringSplitOptions.RemoveEmptyEntries))
        {
            char letter = char.ToUpperInvariant(token[0]);
            if (letter == 'I' && token.Length == 1)
            {
                continue;
            }

            if (token.Length < 2 || !int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int qubit))
            {
                throw new FormatException($"'{token}' is not a Pauli factor like X0, Y3 or Z12.");
            }

            PauliAxis axis = letter switch
            {
                'X' => PauliAxis.X,
                'Y' => PauliAxis.Y,
                'Z' => PauliAxis.Z,
                'I' => 0,
                _ => throw new FormatException($"'{token}': the Pauli letter must be I, X, Y or Z."),
            };
            if (axis != 0)
            {
                factors.Add(new PauliFactor(qubit, axis));
            }
        }

        return new PauliString(factors);
    }

    /// <summary>"Z0 Z1"; "I" for the identity.</summary>
    public override string ToString()
    {
        if (_factors.Length == 0)
        {
            return "I";
        }

        var sb = new StringBuilder();
        foreach (var f in _factors)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(f.ToString());
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(PauliString? other) => other is not null && other.XMask == XMask && other.ZMask == ZMask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PauliString);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(XMask, ZMask);
}
