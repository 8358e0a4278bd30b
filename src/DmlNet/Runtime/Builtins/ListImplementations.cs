using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>remove and as.list (reference §7.2, §7.10); list() and list append are with cbind in <see cref="ShapeImplementations"/>.</summary>
internal static class ListImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["remove"] = Remove;
        map["as.list"] = args => [AsList(args[0])];
    }

    /// <summary><c>[rest, removed] = remove(L, i)</c>: the list without element i, and a 1-element list holding it (with its name).</summary>
    private static DmlValue[] Remove(OperationArguments args)
    {
        var list = args.Get("list") as ListValue
            ?? throw new DmlRuntimeException($"remove() needs a list, got a {OperatorOperations.Kind(args[0])}");
        var position = args.Scalar("index").AsLong();
        if (position < 1 || position > list.Elements.Count)
        {
            throw new DmlRuntimeException($"remove(): index {position} is out of bounds: the list has {list.Elements.Count} elements");
        }
        var i = (int)position - 1;
        var elements = list.Elements.ToList();
        var names = list.Names.ToList();
        var removed = new ListValue([elements[i]], [names[i]]);
        elements.RemoveAt(i);
        names.RemoveAt(i);
        return [new ListValue(elements, names), removed];
    }

    /// <summary>
    /// <c>as.list(x)</c>: a list with its nested lists unnested one level (their elements take
    /// their place, with their own names); any other value becomes a 1-element list.
    /// </summary>
    private static ListValue AsList(DmlValue value)
    {
        if (value is not ListValue list)
        {
            return new ListValue([value], [null]);
        }
        var elements = new List<DmlValue>();
        var names = new List<string?>();
        for (var i = 0; i < list.Elements.Count; i++)
        {
            if (list.Elements[i] is ListValue inner)
            {
                elements.AddRange(inner.Elements);
                names.AddRange(inner.Names);
            }
            else
            {
                elements.Add(list.Elements[i]);
                names.Add(list.Names[i]);
            }
        }
        return new ListValue(elements, names);
    }
}
