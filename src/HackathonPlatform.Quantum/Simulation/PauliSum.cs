using System.Globalization;
using System.Numerics;
using System.Text;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A Hermitian observable: a real linear combination of Pauli strings, e.g.
/// <c>PauliSum.Parse("0.5*Z0 Z1 - 1.2*X2 + 0.3")</c>. Immutable; terms keep their given order
/// (equal strings are not merged).
/// </summary>
public sealed class PauliSum
{
    private readonly PauliTerm[] _terms;

    /// <summary>Creates a sum from terms.</summary>
    /// <param name="terms">The terms; null operators are rejected.</param>
    /// <exception cref="ArgumentException">A term has no operator or a non-finite coefficient.</exception>
    public PauliSum(IEnumerable<PauliTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = [.. terms];
        foreach (var t in _terms)
        {
            if (t.Operator is null)
            {
                throw new ArgumentException("A term has no Pauli string.", nameof(terms));
            }

            if (!double.IsFinite(t.Coefficient))
            {
                throw new ArgumentException($"Coefficient {t.Coefficient} of {t.Operator} is not finite.", nameof(terms));
            }
        }
    }

    /// <summary>The terms in their given order.</summary>
    public IReadOnlyList<PauliTerm> Terms => _terms;

    /// <summary>True when every term contains only Z factors (a diagonal observable, e.g. an Ising cost).</summary>
    public bool IsDiagonal => _terms.All(t => t.Operator.IsDiagonal);

    /// <summary>The number of qubits a state needs: highest qubit named + 1.</summary>
    public int RequiredQubits => _terms.Length == 0 ? 0 : _terms.Max(t => t.Operator.RequiredQubits);

    /// <summary>
    /// Parses "c1*P1 + c2*P2 - ...": terms separated by + or -, each an optional real coefficient
    /// (invariant culture, exponents allowed), an optional '*', and Pauli factors ("Z0 Z1"); a term with
    /// a coefficient and no factors is a multiple of the identity; a term with no coefficient has weight 1.
    /// </summary>
    /// <param name="text">The text, e.g. "0.5*Z0 Z1 - 1.2*X2".</param>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    /// <exception cref="ArgumentException">A qubit appears twice in one term.</exception>
    public static PauliSum Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<PauliTerm>();
        foreach (var (sign, body) in SplitTerms(text))
        {
            terms.Add(ParseTerm(sign, body.Trim()));
        }

        return new PauliSum(terms);
    }

    /// <summary>
    /// The diagonal of a diagonal observable on <paramref name="qubitCount"/> qubits: entry k is
    /// &lt;k|H|k&gt; with qubit q = bit q of k. Length 2^qubitCount (8 bytes each). Cost O(terms * 2^n).
    /// </summary>
    /// <param name="qubitCount">Qubits of the state; at least <see cref="RequiredQubits"/>.</param>
    /// <exception cref="ArgumentException">A term contains X or Y, or names a qubit &gt;= qubitCount.</exception>
    public double[] ToDiagonal(int qubitCount)
    {
        if (!IsDiagonal)
        {
            throw new ArgumentException("The observable has X or Y factors, so it is not diagonal.", nameof(qubitCount));
        }

        if (qubitCount < RequiredQubits || qubitCount < 0 || qubitCount > StateVector.MaxQubits)
        {
            throw new ArgumentException($"The observable needs {RequiredQubits} qubits; {qubitCount} given.", nameof(qubitCount));
        }

        var diagonal = new double[1L << qubitCount];
        foreach (var t in _terms)
        {
            ulong z = t.Operator.ZMask;
            for (long k = 0; k < diagonal.LongLength; k++)
            {
                diagonal[k] += (BitOperations.PopCount((ulong)k & z) & 1) == 0 ? t.Coefficient : -t.Coefficient;
            }
        }

        return diagonal;
    }

    /// <summary>"0.5*Z0 Z1 + -1.2*X2".</summary>
    public override string ToString() =>
        _terms.Length == 0 ? "0" : string.Join(" + ", _terms.Select(t => t.ToString()));

    private static IEnumerable<(double Sign, string Body)> SplitTerms(string text)
    {
        double sign = 1;
        bool signPending = false;
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '+' or '-' && !IsExponentSign(current))
            {
                if (current.ToString().Trim().Length > 0)
                {
                    yield return (sign, current.ToString());
                }
                else if (signPending)
                {
                    throw new FormatException($"Two signs in a row at position {i} of '{text}'.");
                }

                sign = c == '-' ? -1 : 1;
                signPending = true;
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.ToString().Trim().Length > 0)
        {
            yield return (sign, current.ToString());
        }
        else if (signPending)
        {
            throw new FormatException($"'{text}' ends with a sign and no term.");
        }
    }

    // A '+'/'-' right after "1.5e" belongs to the number, not to the sum.
    private static bool IsExponentSign(StringBuilder termSoFar)
    {
        string t = termSoFar.ToString().Trim();
        return t.Length >= 2 && t[^1] is 'e' or 'E' && (char.IsDigit(t[^2]) || t[^2] == '.')
            && t.All(ch => char.IsDigit(ch) || ch is '.' or 'e' or 'E');
    }

    private static PauliTerm ParseTerm(double sign, string body)
    {
        int star = body.IndexOf('*', StringComparison.Ordinal);
        string head = star >= 0 ? body[..star].Trim() : body.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        if (double.TryParse(head, NumberStyles.Float, CultureInfo.InvariantCulture, out double coefficient))
        {
            string rest = star >= 0 ? body[(star + 1)..] : body[head.Length..];
            return new PauliTerm(sign * coefficient, PauliString.Parse(rest));
        }

        if (star >= 0 && head.Length > 0 && (char.IsDigit(head[0]) || head[0] == '.'))
        {
            throw new FormatException($"'{head}' is not a number.");
        }

        return new PauliTerm(sign, PauliString.Parse(body));
    }
}
