using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>
/// The type the analysis found for each variable read (by syntax node identity): what the compiler
/// knows about a block's inputs. In loops the analysis' final pass, which merges the states of
/// all iterations, gives the recorded type.
/// </summary>
public sealed class ReadTypes
{
    private readonly Dictionary<IdentifierExpression, TypeInfo> types = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records (or replaces) the type of a read.</summary>
    internal void Record(IdentifierExpression read, TypeInfo type) => types[read] = type;

    /// <summary>The type of a read, or <see cref="TypeInfo.Unknown"/> when the analysis never saw it.</summary>
    public TypeInfo Of(IdentifierExpression read) => types.GetValueOrDefault(read, TypeInfo.Unknown);
}
