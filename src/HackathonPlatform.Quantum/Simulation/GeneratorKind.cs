namespace HackathonPlatform.Quantum.Simulation;

/// <summary>The generator whose matrix element &lt;lambda|G|psi&gt; a fused adjoint step reads (internal).</summary>
internal enum GeneratorKind
{
    None,
    PauliX,
    PauliY,
    PauliZ,
    Projector1,
}
