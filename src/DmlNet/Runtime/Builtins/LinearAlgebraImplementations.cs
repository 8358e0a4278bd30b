using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Builtins;

/// <summary>solve, inv, det, cholesky and the multi-output decompositions eigen, lu, qr and svd.</summary>
internal static class LinearAlgebraImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["solve"] = args => [new MatrixValue(LinearAlgebraKernels.Solve(args.Matrix("A"), args.Matrix("b")))];
        map["inv"] = args => [new MatrixValue(LinearAlgebraKernels.Inverse(args.Matrix("A")))];
        map["det"] = args => [ScalarValue.Of(LinearAlgebraKernels.Determinant(args.Matrix("A")))];
        map["cholesky"] = args => [new MatrixValue(LinearAlgebraKernels.Cholesky(args.Matrix("A")))];
        map["eigen"] = args =>
        {
            var (values, vectors) = Decompositions.Eigen(args.Matrix("A"));
            return [new MatrixValue(values), new MatrixValue(vectors)];
        };
        map["lu"] = args =>
        {
            var (p, l, u) = Decompositions.Lu(args.Matrix("A"));
            return [new MatrixValue(p), new MatrixValue(l), new MatrixValue(u)];
        };
        map["qr"] = args =>
        {
            var (h, r) = HouseholderQr.Decompose(args.Matrix("A"));
            return [new MatrixValue(h), new MatrixValue(r)];
        };
        map["svd"] = args =>
        {
            var (u, s, v) = Decompositions.Svd(args.Matrix("A"));
            return [new MatrixValue(u), new MatrixValue(s), new MatrixValue(v)];
        };
    }
}
