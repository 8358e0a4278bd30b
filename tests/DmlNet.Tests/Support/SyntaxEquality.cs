using System.Collections;
using System.Reflection;
using DmlNet.Syntax;

namespace DmlNet.Tests.Support;

/// <summary>Structural equality of syntax trees that ignores source spans (reflection over the record properties).</summary>
public static class SyntaxEquality
{
    /// <summary>Returns null when equal, else a path to the first difference.</summary>
    public static string? Difference(object? a, object? b, string path = "root")
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: {a ?? "null"} vs {b ?? "null"}";
        }
        if (a.GetType() != b.GetType())
        {
            return $"{path}: {a.GetType().Name} vs {b.GetType().Name}";
        }
        if (a is string || a.GetType().IsPrimitive || a.GetType().IsEnum)
        {
            return Equals(a, b) ? null : $"{path}: {a} vs {b}";
        }
        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            if (la.Count != lb.Count)
            {
                return $"{path}: {la.Count} vs {lb.Count} elements";
            }
            return la.Zip(lb).Select((p, i) => Difference(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }
        foreach (var property in a.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(SourceSpan) || property.GetIndexParameters().Length > 0 ||
                property.Name == "EqualityContract")
            {
                continue;
            }
            var difference = Difference(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}");
            if (difference is not null)
            {
                return difference;
            }
        }
        return null;
    }
}
