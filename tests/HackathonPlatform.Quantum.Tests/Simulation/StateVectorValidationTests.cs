using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

public sealed class StateVectorValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(StateVector.MaxQubits + 1)]
    public void Qubit_counts_outside_the_supported_range_are_refused(int qubits)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new StateVector(qubits));
        Assert.Contains("qubits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_larger_than_the_available_memory_is_refused_before_allocating()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<InsufficientMemoryException>(() => new StateVector(26, availableMemoryBytes: 1L << 29));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(StateVector.BytesRequired(26).ToString(), e.Message, StringComparison.Ordinal);
        Assert.True(allocated < StateVector.BytesRequired(26) / 100, $"{allocated} bytes were allocated before refusing.");
    }

    [Fact]
    public void Bytes_required_is_sixteen_bytes_per_amplitude()
    {
        Assert.Equal(16L * 1024 * 1024, StateVector.BytesRequired(20));
    }

    [Fact]
    public void Gates_on_missing_or_repeated_qubits_are_refused()
    {
        var s = new StateVector(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.ApplyH(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.ApplyRy(-1, 0.1));
        Assert.Throws<ArgumentException>(() => s.ApplyCnot(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.ApplyCz(0, 5));
        Assert.Throws<ArgumentException>(() => s.ApplySingleQubitGates([0, 0], [Matrix2.H, Matrix2.X]));
    }

    [Fact]
    public void Non_unitary_matrices_are_refused_with_the_reason()
    {
        var s = new StateVector(2);
        var e = Assert.Throws<ArgumentException>(() => s.ApplyUnitary(0, new Matrix2(1, 1, 0, 1)));
        Assert.Contains("not unitary", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => s.ApplyTwoQubitUnitary(0, 1, default));
    }

    [Fact]
    public void Layers_and_diagonals_of_the_wrong_length_are_refused()
    {
        var s = new StateVector(3);
        Assert.Throws<ArgumentException>(() => s.ApplyRotationLayer(PauliAxis.Y, [0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => s.ApplyDiagonalPhase(new double[4], 0.5));
        Assert.Throws<ArgumentException>(() => s.ExpectationDiagonal(new double[9]));
        Assert.Throws<ArgumentException>(() => s.Expectation(PauliSum.Parse("Z5")));
    }

    [Fact]
    public void Reset_returns_to_all_zeros_and_clone_is_independent()
    {
        var s = new StateVector(2);
        s.ApplyH(0);
        var copy = s.Clone();
        s.Reset();
        Assert.Equal(1.0, s.Probabilities()[0], 12);
        Assert.Equal(0.5, copy.Probabilities()[1], 12);
    }
}
