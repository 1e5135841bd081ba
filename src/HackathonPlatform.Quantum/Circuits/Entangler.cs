namespace HackathonPlatform.Quantum.Circuits;

/// <summary>The two-qubit layer between rotation layers of <see cref="Ansatz.HardwareEfficient"/>.</summary>
public enum Entangler
{
    /// <summary>CNOT(q, q+1) for q = 0..n-2 (a ladder).</summary>
    Linear,

    /// <summary>The linear ladder plus CNOT(n-1, 0) when n &gt; 2.</summary>
    Circular,

    /// <summary>CZ(q, q+1) for q = 0..n-2.</summary>
    LinearCz,
}
