using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>solve, inverse, determinant and the decompositions (reference §7.6).</summary>
internal static class LinearAlgebraBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("solve", "A, b", One(Solve),
            "The solution x of A %*% x = b for a square A and a column vector b."));
        entries.Add(new BuiltinFunction("inv", "A", One(call => Square(call, out var n) ? TypeInfo.Matrix(n, n) : TypeInfo.AnyMatrix),
            "The inverse of a square matrix.") { Aliases = ["inverse"] });
        entries.Add(new BuiltinFunction("det", "A", One(call =>
        {
            Square(call, out _);
            return TypeInfo.Double;
        }), "The determinant of a square matrix."));
        entries.Add(new BuiltinFunction("cholesky", "A", One(call => Square(call, out var n) ? TypeInfo.Matrix(n, n) : TypeInfo.AnyMatrix),
            "The lower-triangular L with A = L %*% t(L) of a symmetric positive definite matrix."));
        entries.Add(new BuiltinFunction("eigen", "A", call =>
        {
            Square(call, out var n);
            return [TypeInfo.Matrix(n, 1), TypeInfo.Matrix(n, n)];
        }, "[values, vectors] of a symmetric matrix; values ascending as an n x 1 vector.") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("lu", "A", call =>
        {
            Square(call, out var n);
            return [TypeInfo.Matrix(n, n), TypeInfo.Matrix(n, n), TypeInfo.Matrix(n, n)];
        }, "[P, L, U] with P %*% A = L %*% U for a square matrix.") { MinOutputs = 3, MaxOutputs = 3 });
        entries.Add(new BuiltinFunction("qr", "A", call =>
        {
            RequireMatrix(call, "A");
            var a = call.TypeOrUnknown("A");
            return [TypeInfo.Matrix(a.Rows, a.Columns), TypeInfo.Matrix(a.Rows, a.Columns)];
        }, "[H, R]: Householder vectors and R of a QR decomposition, both m x n.") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("svd", "A", call =>
        {
            RequireMatrix(call, "A");
            var a = call.TypeOrUnknown("A");
            var k = a.HasKnownShape ? Math.Min(a.Rows, a.Columns) : -1;
            return [TypeInfo.Matrix(a.Rows, k), TypeInfo.Matrix(k, k), TypeInfo.Matrix(a.Columns, k)];
        }, "[U, S, V] of a thin singular value decomposition: m x k, k x k, n x k with k = min(m, n).")
        { MinOutputs = 3, MaxOutputs = 3 });
    }

    /// <summary>Checks that A is a square matrix; <paramref name="n"/> is its known size or -1.</summary>
    private static bool Square(BuiltinCall call, out long n)
    {
        var a = call.TypeOrUnknown("A");
        n = a.Rows >= 0 ? a.Rows : a.Columns;
        if (!RequireSquare(call, "A"))
        {
            n = -1;
            return false;
        }
        return true;
    }

    private static TypeInfo Solve(BuiltinCall call)
    {
        Square(call, out var n);
        RequireMatrix(call, "b");
        var a = call.TypeOrUnknown("A");
        var b = call.TypeOrUnknown("b");
        if (b.IsMatrix && b.Columns >= 0 && b.Columns != 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"solve() needs a column vector b, got {Show(b.Rows)} x {b.Columns}", "b");
        }
        else if (a.IsMatrix && b.IsMatrix && a.Rows >= 0 && b.Rows >= 0 && a.Rows != b.Rows)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"solve() needs as many rows in b as in A: A is {a.Rows} x {Show(a.Columns)}, b is {b.Rows} x {Show(b.Columns)}", "b");
        }
        return TypeInfo.Matrix(n, 1);
    }
}
