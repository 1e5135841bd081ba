namespace Kata.Verification {
    import Std.Diagnostics.*;
    import Std.Math.*;
    import Std.Convert.IntAsDouble;

    // The reference, written differently from Solution.qs on purpose (parameter slices per layer).
    operation ReferenceAnsatz(layers : Int, parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
        let n = Length(qubits);
        for layer in 0..layers {
            let angles = parameters[layer * n..layer * n + n - 1];
            for (angle, qubit) in Zipped(angles, qubits) {
                Ry(angle, qubit);
            }
            if layer < layers {
                for (control, target) in Zipped(Most(qubits), Rest(qubits)) {
                    CNOT(control, target);
                }
            }
        }
    }

    // Fixed, irregular angles: every parameter differs, so a swapped index changes the state.
    function TestParameters(qubitCount : Int, layers : Int) : Double[] {
        mutable parameters = [];
        for k in 0..(layers + 1) * qubitCount - 1 {
            set parameters += [0.3 + 0.731 * IntAsDouble(k) + 0.05 * IntAsDouble(k * k % 7)];
        }
        parameters
    }

    function Zipped<'A, 'B>(left : 'A[], right : 'B[]) : ('A, 'B)[] {
        mutable pairs = [];
        for i in 0..MinI(Length(left), Length(right)) - 1 {
            set pairs += [(left[i], right[i])];
        }
        pairs
    }

    function Most<'A>(items : 'A[]) : 'A[] { items[...Length(items) - 2] }

    function Rest<'A>(items : 'A[]) : 'A[] { items[1...] }

    operation CheckSolution() : Bool {
        for (qubitCount, layers) in [(1, 0), (2, 1), (3, 2), (4, 3)] {
            let parameters = TestParameters(qubitCount, layers);
            if not CheckOperationsAreEqual(qubitCount, Kata.PrepareAnsatz(layers, parameters, _), ReferenceAnsatz(layers, parameters, _)) {
                Message("Incorrect.");
                Message($"The state differs for {qubitCount} qubit(s) and {layers} layer(s), parameters {parameters}.");
                Message("Hint: in each layer apply the Ry rotations first (parameter layer * n + q on qubit q), then CNOT(q, q + 1) for q = 0..n-2; finish with one more Ry layer using parameters layers * n .. layers * n + n - 1.");
                use qubits = Qubit[qubitCount];
                Message("Your state:");
                Kata.PrepareAnsatz(layers, parameters, qubits);
                DumpMachine();
                ResetAll(qubits);
                Message("Expected state:");
                ReferenceAnsatz(layers, parameters, qubits);
                DumpMachine();
                ResetAll(qubits);
                return false;
            }
        }
        Message("Correct!");
        Message("Your ansatz matches the reference on 1 to 4 qubits with 0 to 3 layers.");
        true
    }
}
