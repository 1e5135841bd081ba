using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Gradients;

/// <summary>The backward sweep of adjoint differentiation, gate by gate.</summary>
internal static class AdjointSweep
{
    public static void Run(Circuit circuit, ReadOnlySpan<double> parameters, StateVector psi, StateVector lambda, double[] gradient)
    {
        var gates = circuit.Gates;
        for (int i = gates.Count - 1; i >= 0; i--)
        {
            var gate = gates[i];
            double angle = gate.AngleFor(parameters);
            if (gate.IsParameterised)
            {
                gradient[gate.ParameterIndex] += gate.Scale * Derivative(gate, psi, lambda);
            }

            GateApplication.ApplyInverse(psi, gate, angle);
            GateApplication.ApplyInverse(lambda, gate, angle);
        }
    }

    /// <summary>d(value)/d(angle) = 2 s Im &lt;lambda|G|psi&gt; for a gate exp(-i angle s G), psi taken after the gate.</summary>
    public static double Derivative(Gate gate, StateVector psi, StateVector lambda)
    {
        long control = gate.Qubit1 >= 0 ? 1L << gate.Qubit0 : 0;
        int target = gate.Qubit1 >= 0 ? gate.Qubit1 : gate.Qubit0;
        return gate.Kind switch
        {
            GateKind.Rx or GateKind.Crx => lambda.GeneratorInner(psi, control, target, Kernels.TargetOperator.PauliX).Imaginary,
            GateKind.Ry or GateKind.Cry => lambda.GeneratorInner(psi, control, target, Kernels.TargetOperator.PauliY).Imaginary,
            GateKind.Rz or GateKind.Crz => lambda.GeneratorInner(psi, control, target, Kernels.TargetOperator.PauliZ).Imaginary,

            // Phase = exp(-i angle (-|1><1|)): s = 1, G = -P1.
            GateKind.Phase or GateKind.CPhase => -2 * lambda.GeneratorInner(psi, control, target, Kernels.TargetOperator.Projector1).Imaginary,
            GateKind.DiagonalPhase => 2 * lambda.DiagonalInner(psi, gate.DiagonalArray).Imaginary,
            _ => throw new InvalidOperationException($"{gate.Kind} has no parameter."),
        };
    }
}
