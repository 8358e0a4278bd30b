using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Operations;

/// <summary>Operations that build lists.</summary>
public static class ListOperations
{
    /// <summary>A bracket list of shape arguments: an unnamed list of its scalar entries.</summary>
    public static DmlValue[] ShapeList(Plan.OperationArguments args) =>
        [new ListValue(args.Values.Select(v => v!).ToList(), args.Values.Select(_ => (string?)null).ToList())];
}
