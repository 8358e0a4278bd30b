using DmlNet.Runtime;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>Binds a variable to the value of an operand (<c>cpvar</c>); values are immutable so no data is copied.</summary>
public sealed class AssignInstruction(SourceSpan span, Operand source, string target) : Instruction(span)
{
    /// <summary>The variable read, or null when the source is a literal.</summary>
    public string? SourceVariable => source.Variable;

    /// <inheritdoc />
    public override string Opcode => "cpvar";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context) => context.Variables.Set(target, context.Resolve(source));

    /// <inheritdoc />
    public override string ToString() => $"CP cpvar {source} {target}";
}

/// <summary>Removes variables that are dead from here on (<c>rmvar</c>), freeing their data early.</summary>
public sealed class RemoveVariablesInstruction(SourceSpan span, IReadOnlyList<string> names) : Instruction(span)
{
    /// <summary>The variables removed.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <inheritdoc />
    public override string Opcode => "rmvar";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        foreach (var name in Names)
        {
            context.Variables.Remove(name);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"CP rmvar {string.Join(" ", Names)}";
}
