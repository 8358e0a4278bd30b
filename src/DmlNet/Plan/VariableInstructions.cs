using DmlNet.Runtime;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>Binds a variable to the value of an operand (<c>cpvar</c>); values are immutable so no data is copied.</summary>
public sealed class AssignInstruction(SourceSpan span, Operand source, string target) : Instruction(span)
{
    private readonly VariableName targetName = new(target);

    /// <summary>The variable read, or null when the source is a literal.</summary>
    public string? SourceVariable => source.Variable;

    /// <summary>The variable bound.</summary>
    public string Target => target;

    /// <inheritdoc />
    public override string Opcode => "cpvar";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context) => context.Variables.Set(targetName, context.Resolve(source));

    /// <inheritdoc />
    public override string ToString() => $"CP cpvar {source} {target}";
}

/// <summary>
/// Moves the value of a temporary to a variable (<c>mvvar</c>): a <c>cpvar</c> followed by the
/// <c>rmvar</c> of its source, as one instruction.
/// </summary>
public sealed class MoveInstruction(SourceSpan span, string source, string target) : Instruction(span)
{
    private readonly VariableName sourceName = new(source);
    private readonly VariableName targetName = new(target);

    /// <inheritdoc />
    public override string Opcode => "mvvar";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        var variables = context.Variables;
        variables.Set(targetName, variables.Get(sourceName));
        variables.Remove(sourceName);
    }

    /// <inheritdoc />
    public override string ToString() => $"CP mvvar {source} {target}";
}

/// <summary>Removes variables that are dead from here on (<c>rmvar</c>), freeing their data early.</summary>
public sealed class RemoveVariablesInstruction(SourceSpan span, IReadOnlyList<string> names) : Instruction(span)
{
    private readonly string[] nameArray = names.ToArray();
    private readonly VariableName[] variables = names.Select(n => new VariableName(n)).ToArray();

    /// <summary>The variables removed.</summary>
    public IReadOnlyList<string> Names => nameArray;

    /// <inheritdoc />
    public override string Opcode => "rmvar";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        foreach (var name in variables)
        {
            context.Variables.Remove(name);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"CP rmvar {string.Join(" ", Names)}";
}
