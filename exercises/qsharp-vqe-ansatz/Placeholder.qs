namespace Kata {
    /// Prepares the hardware-efficient ansatz on `qubits`, which start in |0...0⟩.
    /// n = Length(qubits); Length(parameters) = (layers + 1) * n.
    operation PrepareAnsatz(layers : Int, parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
        // Implement the operation here.
    }
}
