using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Builtins;

/// <summary>solve, inv, cholesky, det and the decompositions.</summary>
internal static class LinearAlgebraImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["solve"] = args => [new MatrixValue(LinearAlgebraKernels.Solve(args.Matrix("A"), args.Matrix("b")))];
    }
}
