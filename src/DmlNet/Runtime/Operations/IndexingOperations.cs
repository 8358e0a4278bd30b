using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Operations;

/// <summary>
/// Right and left indexing of matrices, frames and lists. Inputs: target (and the new value for left
/// indexing), then the four 1-based inclusive bounds rl, ru, cl, cu, null where open.
/// </summary>
public static class IndexingOperations
{
    /// <summary><c>X[rl:ru, cl:cu]</c>: a matrix for a matrix, a frame for a frame, a list for a list.</summary>
    public static DmlValue[] RightIndex(Plan.OperationArguments args) => args[0] switch
    {
        MatrixValue m => [new MatrixValue(Slice(m.Block, args.Values, 1))],
        FrameValue f => [new FrameValue(FrameSlice(f.Block, args.Values))],
        ListValue l => [ListSlice(l, args.Values[1], args.Values[2])],
        var other => throw new DmlRuntimeException($"a {OperatorOperations.Kind(other)} cannot be indexed"),
    };

    /// <summary><c>X[rl:ru, cl:cu] = value</c>: a new version of the target with the selected cells replaced.</summary>
    public static DmlValue[] LeftIndex(Plan.OperationArguments args)
    {
        var value = args[1];
        switch (args[0])
        {
            case MatrixValue m:
                var (rl, ru, cl, cu) = Range(m.Block, args.Values, 2);
                return value switch
                {
                    ScalarValue s when rl == ru && cl == cu =>
                        [new MatrixValue(IndexingKernels.LeftIndex(m.Block, rl, ru, cl, cu, OperatorOperations.Number(s)))],
                    ScalarValue => throw new DmlRuntimeException(
                        $"a scalar can only be assigned to a single cell, but the index selects {ru - rl + 1} x {cu - cl + 1} cells"),
                    MatrixValue v => [new MatrixValue(IndexingKernels.LeftIndex(m.Block, rl, ru, cl, cu, v.Block))],
                    _ => throw new DmlRuntimeException($"a {OperatorOperations.Kind(value)} cannot be assigned into a matrix"),
                };
            case FrameValue f:
                return [new FrameValue(FrameLeftIndex(f.Block, args.Values, value))];
            case ListValue l:
                return [ListReplace(l, args.Values[2], value)];
            default:
                throw new DmlRuntimeException($"a {OperatorOperations.Kind(args[0])} cannot be left-indexed");
        }
    }

    private static MatrixBlock Slice(MatrixBlock block, IReadOnlyList<DmlValue?> values, int first)
    {
        var (rl, ru, cl, cu) = Range(block, values, first);
        return IndexingKernels.Slice(block, rl, ru, cl, cu);
    }

    private static FrameBlock FrameSlice(FrameBlock frame, IReadOnlyList<DmlValue?> values)
    {
        var (rl, ru, cl, cu) = Range(frame.Rows, frame.ColumnCount, values, 1);
        return FrameIndexing.Slice(frame, rl, ru, cl, cu);
    }

    private static FrameBlock FrameLeftIndex(FrameBlock frame, IReadOnlyList<DmlValue?> values, DmlValue value)
    {
        var (rl, ru, cl, cu) = Range(frame.Rows, frame.ColumnCount, values, 2);
        return value switch
        {
            ScalarValue s when rl == ru && cl == cu => FrameIndexing.LeftIndex(frame, rl, cl, s),
            ScalarValue => throw new DmlRuntimeException(
                $"a scalar can only be assigned to a single cell, but the index selects {ru - rl + 1} x {cu - cl + 1} cells"),
            FrameValue v => FrameIndexing.LeftIndex(frame, rl, ru, cl, cu, v.Block),
            _ => throw new DmlRuntimeException($"a {OperatorOperations.Kind(value)} cannot be assigned into a frame"),
        };
    }

    /// <summary>The 0-based inclusive range selected by the bounds at positions first..first+3 (open bounds select all).</summary>
    private static (int, int, int, int) Range(MatrixBlock block, IReadOnlyList<DmlValue?> values, int first) =>
        Range(block.Rows, block.Columns, values, first);

    private static (int, int, int, int) Range(int rows, int columns, IReadOnlyList<DmlValue?> values, int first) =>
        (Bound(values[first], 0), Bound(values[first + 1], rows - 1),
         Bound(values[first + 2], 0), Bound(values[first + 3], columns - 1));

    private static int Bound(DmlValue? value, int open) => value switch
    {
        null => open,
        ScalarValue s => checked((int)s.AsLong()) - 1,
        MatrixValue { Block: { Rows: 1, Columns: 1 } b } => checked((int)ScalarValue.ToLong(b.Get(0, 0))) - 1,
        _ => throw new DmlRuntimeException($"an index must be a scalar, got a {OperatorOperations.Kind(value)}"),
    };

    private static ListValue ListSlice(ListValue list, DmlValue? lower, DmlValue? upper)
    {
        var from = ListPosition(list, lower);
        var to = upper is null || ReferenceEquals(upper, lower) ? from : ListPosition(list, upper);
        if (to < from)
        {
            throw new DmlRuntimeException($"list range {from + 1}:{to + 1} is empty");
        }
        return new ListValue(list.Elements.Skip(from).Take(to - from + 1).ToList(), list.Names.Skip(from).Take(to - from + 1).ToList());
    }

    private static ListValue ListReplace(ListValue list, DmlValue? position, DmlValue value)
    {
        var index = ListPosition(list, position);
        var elements = list.Elements.ToList();
        elements[index] = value;
        return new ListValue(elements, list.Names);
    }

    private static int ListPosition(ListValue list, DmlValue? position)
    {
        if (position is ScalarValue { ValueType: Semantics.ValueType.String } name)
        {
            var found = list.Names.ToList().IndexOf(name.Text);
            return found >= 0 ? found : throw new DmlRuntimeException($"the list has no element named \"{name.Text}\"");
        }
        var index = position is ScalarValue s ? (int)s.AsLong() - 1 : throw new DmlRuntimeException("a list index must be a scalar");
        return index >= 0 && index < list.Elements.Count
            ? index
            : throw new DmlRuntimeException($"list index {index + 1} is out of bounds: the list has {list.Elements.Count} elements");
    }
}
