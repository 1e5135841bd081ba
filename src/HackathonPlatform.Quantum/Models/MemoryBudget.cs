namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Memory needed by exponential-size arrays, stated before allocating so that a too-large request is
/// refused with the reason instead of an OutOfMemoryException half-way through.
/// </summary>
public static class MemoryBudget
{
    /// <summary>Bytes of a state vector of complex doubles over <paramref name="qubits"/> qubits (16·2ⁿ).</summary>
    public static double StateVectorBytes(int qubits) => 16.0 * Math.Pow(2, qubits);

    /// <summary>Bytes of a cost diagonal of doubles over <paramref name="qubits"/> qubits (8·2ⁿ).</summary>
    public static double DiagonalBytes(int qubits) => 8.0 * Math.Pow(2, qubits);

    /// <summary>Memory the runtime says this process may use (GC view: container limits included).</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Human-readable size, e.g. "16 MiB".</summary>
    public static string Format(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
        int u = 0;
        while (bytes >= 1024 && u < units.Length - 1)
        {
            bytes /= 1024;
            u++;
        }
        return $"{bytes:0.##} {units[u]}";
    }

    /// <summary>Throws when <paramref name="bytes"/> exceed the available memory or .NET's array limit.</summary>
    /// <exception cref="InsufficientMemoryException">The allocation would not fit; the message says why.</exception>
    public static void EnsureFits(double bytes, long elements, string what)
    {
        if (elements > Array.MaxLength)
        {
            throw new InsufficientMemoryException(
                $"{what} needs {elements:N0} elements, more than the largest .NET array ({Array.MaxLength:N0}).");
        }
        if (bytes > AvailableBytes)
        {
            throw new InsufficientMemoryException(
                $"{what} needs {Format(bytes)} but only {Format(AvailableBytes)} is available to this process.");
        }
    }
}
