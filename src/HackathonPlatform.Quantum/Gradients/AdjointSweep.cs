using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Gradients;

/// <summary>
/// The backward sweep of adjoint differentiation. Stretches of single-qubit gates on distinct qubits
/// (a rotation layer) are handled by one fused kernel that reads every gate's derivative and un-applies
/// the whole stretch in a few passes; every other gate is un-applied one at a time.
/// </summary>
internal static class AdjointSweep
{
    public static void Run(Circuit circuit, ReadOnlySpan<double> parameters, StateVector psi, StateVector lambda, double[] gradient)
    {
        var gates = circuit.Gates;

        // Gates before the first parameterised one never need un-applying: the sweep ends there.
        int first = 0;
        while (first < gates.Count && !gates[first].IsParameterised)
        {
            first++;
        }

        int i = gates.Count - 1;
        while (i >= first)
        {
            // A run of CNOTs inside one cache block just after a rotation stretch (the ansatz's ladder)
            // is un-applied within the stretch's blocked pass instead of one pass per CNOT.
            int cnotRunStart = psi.CanFuseAdjoint && psi.BlockQubits >= 5 ? LocalCnotRunStart(gates, i, psi.BlockQubits) : i + 1;
            if (cnotRunStart <= i && cnotRunStart - 1 >= first && StretchStart(gates, cnotRunStart - 1) < cnotRunStart - 1)
            {
                var cnots = new (int, int)[i - cnotRunStart + 1];
                for (int k = 0; k < cnots.Length; k++)
                {
                    cnots[k] = (gates[i - k].Qubit0, gates[i - k].Qubit1);
                }

                int end = cnotRunStart - 1;
                int start = StretchStart(gates, end);
                FusedStretch(gates, start, end, parameters, psi, lambda, gradient, unapply: start > first, cnots);
                i = start - 1;
                continue;
            }

            int stretchStart = psi.CanFuseAdjoint ? StretchStart(gates, i) : i;
            if (stretchStart < i)
            {
                FusedStretch(gates, stretchStart, i, parameters, psi, lambda, gradient, unapply: stretchStart > first, []);
                i = stretchStart - 1;
                continue;
            }

            var gate = gates[i];
            double angle = gate.AngleFor(parameters);
            if (gate.IsParameterised)
            {
                gradient[gate.ParameterIndex] += gate.Scale * Derivative(gate, psi, lambda);
            }

            if (i == first)
            {
                break;
            }

            if (gate.Kind == GateKind.Cnot)
            {
                // Self-inverse, and the most common entangler: one dispatch for both states.
                psi.ApplyCnotWith(lambda, gate.Qubit0, gate.Qubit1);
            }
            else
            {
                GateApplication.ApplyInverse(psi, gate, angle);
                GateApplication.ApplyInverse(lambda, gate, angle);
            }

            i--;
        }
    }

    /// <summary>The first index of the longest stretch ending at <paramref name="end"/> of single-qubit gates on distinct qubits.</summary>
    private static int StretchStart(IReadOnlyList<Gate> gates, int end)
    {
        ulong seen = 0;
        int start = end + 1;
        while (start - 1 >= 0 && gates[start - 1].IsSingleQubit && (seen & (1UL << gates[start - 1].Qubit0)) == 0)
        {
            start--;
            seen |= 1UL << gates[start].Qubit0;
        }

        return start;
    }

    /// <summary>The first index of the run of CNOTs ending at <paramref name="end"/> whose qubits are all below blockQubits (end + 1 if none).</summary>
    private static int LocalCnotRunStart(IReadOnlyList<Gate> gates, int end, int blockQubits)
    {
        int start = end + 1;
        while (start - 1 >= 0 && gates[start - 1].Kind == GateKind.Cnot && gates[start - 1].Qubit0 < blockQubits && gates[start - 1].Qubit1 < blockQubits)
        {
            start--;
        }

        return start;
    }

    private static void FusedStretch(IReadOnlyList<Gate> gates, int start, int end, ReadOnlySpan<double> parameters, StateVector psi, StateVector lambda, double[] gradient, bool unapply, (int Control, int Target)[] blockCnots)
    {
        int count = end - start + 1;
        var qubits = new int[count];
        var inverse = new Matrix2[count];
        var generators = new GeneratorKind[count];
        for (int j = 0; j < count; j++)
        {
            var gate = gates[start + j];
            qubits[j] = gate.Qubit0;
            inverse[j] = gate.SingleQubitMatrix(gate.AngleFor(parameters)).Adjoint();
            generators[j] = !gate.IsParameterised ? GeneratorKind.None : gate.Kind switch
            {
                GateKind.Rx => GeneratorKind.PauliX,
                GateKind.Ry => GeneratorKind.PauliY,
                GateKind.Rz => GeneratorKind.PauliZ,
                GateKind.Phase => GeneratorKind.Projector1,
                _ => GeneratorKind.None,
            };
        }

        var im = psi.AdjointStepFused(lambda, qubits, inverse, generators, unapply, blockCnots);
        for (int j = 0; j < count; j++)
        {
            var gate = gates[start + j];
            if (generators[j] != GeneratorKind.None)
            {
                // Rx, Ry, Rz: exp(-i a P/2), so 2 s = 1; Phase: exp(-i a (-|1><1|)), so the factor is -2.
                double factor = generators[j] == GeneratorKind.Projector1 ? -2 : 1;
                gradient[gate.ParameterIndex] += gate.Scale * factor * im[j];
            }
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
