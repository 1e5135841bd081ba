using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// "Apply nothing and store nothing": the last backward step of adjoint differentiation only reads
/// derivatives, since no earlier gate needs the un-applied states. Kernels test for this type and skip
/// their stores (the test is resolved when the JIT specialises the kernel).
/// </summary>
internal readonly struct ReadOnlyPairOp : IPairOp, IPairOp512
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector256<double> a, ref Vector256<double> b)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector512<double> a, ref Vector512<double> b)
    {
    }
}
