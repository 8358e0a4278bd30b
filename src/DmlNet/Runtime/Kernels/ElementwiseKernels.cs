using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Cell-wise operations on matrix blocks with DML's broadcasting: equal shapes, a column vector
/// (m x 1) or row vector (1 x n) on the right, a 1 x 1 matrix on the right, and the outer form
/// (n x 1) op (1 x m). Sparse inputs stay sparse where the function maps zeros to zero.
/// </summary>
public static class ElementwiseKernels
{
    /// <summary><c>a op b</c> for two matrices.</summary>
    public static MatrixBlock Binary(BinaryOp op, MatrixBlock a, MatrixBlock b) =>
        CellDispatch.Binary<MatrixMatrix, MatrixBlock>(op, new MatrixMatrix(a, b, op));

    /// <summary><c>a op s</c> for a matrix and a number.</summary>
    public static MatrixBlock Binary(BinaryOp op, MatrixBlock a, double s) =>
        CellDispatch.Binary<MatrixScalar, MatrixBlock>(op, new MatrixScalar(a, s, false));

    /// <summary><c>s op b</c> for a number and a matrix.</summary>
    public static MatrixBlock Binary(BinaryOp op, double s, MatrixBlock b) =>
        CellDispatch.Binary<MatrixScalar, MatrixBlock>(op, new MatrixScalar(b, s, true));

    /// <summary>A cell-wise function of a matrix.</summary>
    public static MatrixBlock Unary(UnaryOp op, MatrixBlock a) => CellDispatch.Unary<UnaryMatrix, MatrixBlock>(op, new UnaryMatrix(a));

    /// <summary>How the right operand's shape relates to the left one's.</summary>
    private enum Broadcast
    {
        Same,
        Column,
        Row,
        Cell,
        Outer,
    }

    private static Broadcast ShapeRelation(MatrixBlock a, MatrixBlock b, BinaryOp op)
    {
        if (a.Rows == b.Rows && a.Columns == b.Columns)
        {
            return Broadcast.Same;
        }
        if (b.Rows == a.Rows && b.Columns == 1)
        {
            return Broadcast.Column;
        }
        if (b.Rows == 1 && b.Columns == a.Columns)
        {
            return Broadcast.Row;
        }
        if (b.Rows == 1 && b.Columns == 1)
        {
            return Broadcast.Cell;
        }
        if (a.Columns == 1 && b.Rows == 1)
        {
            return Broadcast.Outer;
        }
        throw new DmlRuntimeException(
            $"the shapes {a.Rows} x {a.Columns} and {b.Rows} x {b.Columns} do not fit for the cell-wise operator {Describe(op)}");
    }

    /// <summary>A readable name of an operator for messages.</summary>
    public static string Describe(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Power => "^",
        BinaryOp.Modulus => "%%",
        BinaryOp.IntegerDivide => "%/%",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.And => "&",
        BinaryOp.Or => "|",
        _ => op.ToString().ToLowerInvariant(),
    };

    private readonly struct MatrixMatrix(MatrixBlock a, MatrixBlock b, BinaryOp op) : IBinaryCellAction<MatrixBlock>
    {
        public MatrixBlock Invoke<TCell>() where TCell : struct, IBinaryCell
        {
            var relation = ShapeRelation(a, b, op);
            if (relation == Broadcast.Cell && !(a.Rows == 1 && a.Columns == 1))
            {
                return new MatrixScalar(a, b.Get(0, 0), false).Invoke<TCell>();
            }
            if (a.IsSparse && relation != Broadcast.Outer && ZeroAnnihilates(op, b))
            {
                return SparseLeftAnnihilating<TCell>(a, b, relation);
            }
            if (b.IsSparse && relation == Broadcast.Same && ZeroAnnihilates(op, a))
            {
                return SparseLeftAnnihilating<TCell>(b, a, relation, swapped: true);
            }
            if (a.IsSparse && b.IsSparse && relation == Broadcast.Same && TCell.Apply(0, 0) == 0)
            {
                return SparseUnion<TCell>(a, b);
            }
            return Dense<TCell>(a, b, relation);
        }

        /// <summary>f(0, x) = f(x, 0) = 0 for every cell x of <paramref name="other"/> (0 * NaN and 0 * Infinity are NaN).</summary>
        private static bool ZeroAnnihilates(BinaryOp op, MatrixBlock other) =>
            op == BinaryOp.And || (op == BinaryOp.Multiply && FiniteValues.All(other));

        private static MatrixBlock Dense<TCell>(MatrixBlock a, MatrixBlock b, Broadcast relation) where TCell : struct, IBinaryCell
        {
            var left = a.DenseValues();
            var right = b.DenseValues();
            var rows = a.Rows;
            var columns = relation == Broadcast.Outer ? b.Columns : a.Columns;
            var result = ResultArrays.Uninitialized((long)rows * columns);
            long nonZeros = 0;
            Parallelism.ForRows(rows, result.LongLength, (start, end) =>
            {
                long count = 0;
                switch (relation)
                {
                    case Broadcast.Same:
                        var from = start * columns;
                        var length = (end - start) * columns;
                        count = CellLoops.Binary<TCell>(left.AsSpan(from, length), right.AsSpan(from, length), result.AsSpan(from, length));
                        break;
                    case Broadcast.Column:
                        for (var i = start; i < end; i++)
                        {
                            count += CellLoops.BinaryScalarRight<TCell>(left.AsSpan(i * columns, columns), right[i], result.AsSpan(i * columns, columns));
                        }
                        break;
                    case Broadcast.Row:
                        for (var i = start; i < end; i++)
                        {
                            count += CellLoops.Binary<TCell>(left.AsSpan(i * columns, columns), right, result.AsSpan(i * columns, columns));
                        }
                        break;
                    case Broadcast.Cell:
                        count = CellLoops.BinaryScalarRight<TCell>(left.AsSpan(start * columns, (end - start) * columns), right[0],
                            result.AsSpan(start * columns, (end - start) * columns));
                        break;
                    case Broadcast.Outer:
                        for (var i = start; i < end; i++)
                        {
                            count += CellLoops.BinaryScalarLeft<TCell>(left[i], right, result.AsSpan(i * columns, columns));
                        }
                        break;
                }
                Interlocked.Add(ref nonZeros, count);
            });
            return MatrixBlock.FromDense(rows, columns, result).WithBestFormat(nonZeros);
        }

        /// <summary>f(x, 0) = f(0, x) = 0: only the sparse side's non-zeros can give non-zeros.</summary>
        private static MatrixBlock SparseLeftAnnihilating<TCell>(MatrixBlock sparseSide, MatrixBlock other, Broadcast relation,
            bool swapped = false) where TCell : struct, IBinaryCell
        {
            var s = sparseSide.Sparse!;
            var rowStart = new int[sparseSide.Rows + 1];
            var indexes = new int[s.NonZeroCount];
            var values = new double[s.NonZeroCount];
            var k = 0;
            for (var i = 0; i < sparseSide.Rows; i++)
            {
                for (var p = s.RowStart[i]; p < s.RowStart[i + 1]; p++)
                {
                    var j = s.ColumnIndexes[p];
                    var o = relation switch
                    {
                        Broadcast.Same => other.Get(i, j),
                        Broadcast.Column => other.Get(i, 0),
                        Broadcast.Row => other.Get(0, j),
                        _ => other.Get(0, 0),
                    };
                    var v = swapped ? TCell.Apply(o, s.Values[p]) : TCell.Apply(s.Values[p], o);
                    if (v != 0)
                    {
                        indexes[k] = j;
                        values[k++] = v;
                    }
                }
                rowStart[i + 1] = k;
            }
            return MatrixBlock.FromSparse(sparseSide.Rows, sparseSide.Columns, new SparseRows(rowStart, indexes, values)).WithBestFormat();
        }

        /// <summary>f(0, 0) = 0 on two sparse blocks of one shape: merge the rows' non-zeros.</summary>
        private static MatrixBlock SparseUnion<TCell>(MatrixBlock a, MatrixBlock b) where TCell : struct, IBinaryCell
        {
            var (x, y) = (a.Sparse!, b.Sparse!);
            var capacity = x.NonZeroCount + y.NonZeroCount;
            var rowStart = new int[a.Rows + 1];
            var indexes = new int[capacity];
            var values = new double[capacity];
            var k = 0;
            for (var i = 0; i < a.Rows; i++)
            {
                int p = x.RowStart[i], pe = x.RowStart[i + 1], q = y.RowStart[i], qe = y.RowStart[i + 1];
                while (p < pe || q < qe)
                {
                    int j;
                    double v;
                    if (q >= qe || (p < pe && x.ColumnIndexes[p] < y.ColumnIndexes[q]))
                    {
                        j = x.ColumnIndexes[p];
                        v = TCell.Apply(x.Values[p++], 0);
                    }
                    else if (p >= pe || y.ColumnIndexes[q] < x.ColumnIndexes[p])
                    {
                        j = y.ColumnIndexes[q];
                        v = TCell.Apply(0, y.Values[q++]);
                    }
                    else
                    {
                        j = x.ColumnIndexes[p];
                        v = TCell.Apply(x.Values[p++], y.Values[q++]);
                    }
                    if (v != 0)
                    {
                        indexes[k] = j;
                        values[k++] = v;
                    }
                }
                rowStart[i + 1] = k;
            }
            return MatrixBlock.FromSparse(a.Rows, a.Columns, new SparseRows(rowStart, indexes, values)).WithBestFormat();
        }
    }

    private readonly struct MatrixScalar(MatrixBlock m, double s, bool scalarLeft) : IBinaryCellAction<MatrixBlock>
    {
        public MatrixBlock Invoke<TCell>() where TCell : struct, IBinaryCell
        {
            var zeroStaysZero = (scalarLeft ? TCell.Apply(s, 0) : TCell.Apply(0, s)) == 0;
            if (m.IsSparse && zeroStaysZero)
            {
                var source = m.Sparse!;
                var values = new double[source.NonZeroCount];
                if (scalarLeft)
                {
                    CellLoops.BinaryScalarLeft<TCell>(s, source.Values.AsSpan(0, values.Length), values);
                }
                else
                {
                    CellLoops.BinaryScalarRight<TCell>(source.Values.AsSpan(0, values.Length), s, values);
                }
                return SparsePattern.WithValues(m, values);
            }
            var input = m.DenseValues();
            var result = ResultArrays.Uninitialized(input.LongLength);
            var columns = m.Columns;
            var (scalar, left) = (s, scalarLeft);
            long nonZeros = 0;
            Parallelism.ForRows(m.Rows, result.LongLength, (start, end) =>
            {
                var from = start * columns;
                var length = (end - start) * columns;
                var count = left
                    ? CellLoops.BinaryScalarLeft<TCell>(scalar, input.AsSpan(from, length), result.AsSpan(from, length))
                    : CellLoops.BinaryScalarRight<TCell>(input.AsSpan(from, length), scalar, result.AsSpan(from, length));
                Interlocked.Add(ref nonZeros, count);
            });
            return MatrixBlock.FromDense(m.Rows, m.Columns, result).WithBestFormat(nonZeros);
        }
    }

    private readonly struct UnaryMatrix(MatrixBlock m) : IUnaryCellAction<MatrixBlock>
    {
        public MatrixBlock Invoke<TCell>() where TCell : struct, IUnaryCell
        {
            if (m.IsSparse && TCell.Apply(0) == 0)
            {
                var source = m.Sparse!;
                var values = new double[source.NonZeroCount];
                CellLoops.Unary<TCell>(source.Values.AsSpan(0, values.Length), values);
                return SparsePattern.WithValues(m, values);
            }
            var input = m.DenseValues();
            var result = ResultArrays.Uninitialized(input.LongLength);
            var columns = m.Columns;
            long nonZeros = 0;
            Parallelism.ForRows(m.Rows, result.LongLength * 8, (start, end) =>
            {
                var from = start * columns;
                var length = (end - start) * columns;
                Interlocked.Add(ref nonZeros, CellLoops.Unary<TCell>(input.AsSpan(from, length), result.AsSpan(from, length)));
            });
            return MatrixBlock.FromDense(m.Rows, m.Columns, result).WithBestFormat(nonZeros);
        }
    }
}
