using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>Finds the variables a block of statements assigns (for parfor result handling and dependency checks).</summary>
public static class AssignedVariables
{
    /// <summary>One assignment: the variable, whether it was <c>x += e</c>, and whether it was left-indexing.</summary>
    public readonly record struct Assignment(string Name, bool Accumulates, bool LeftIndexed, Statement Statement);

    /// <summary>Every assignment in the statements and their nested blocks, in source order.</summary>
    public static IEnumerable<Assignment> In(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case AssignmentStatement { Target: IndexExpression target } s:
                    yield return new Assignment(target.Target.Name, s.Kind == AssignmentKind.PlusEquals, true, s);
                    break;
                case AssignmentStatement { Target: IdentifierExpression target } s:
                    yield return new Assignment(target.Name, s.Kind == AssignmentKind.PlusEquals, false, s);
                    break;
                case MultiAssignmentStatement s:
                    foreach (var target in s.Targets)
                    {
                        yield return new Assignment(target.Name, false, false, s);
                    }
                    break;
                case IfStatement s:
                    foreach (var a in In(s.Then.Statements).Concat(s.Else is null ? [] : In(s.Else.Statements)))
                    {
                        yield return a;
                    }
                    break;
                case ForStatement s:
                    yield return new Assignment(s.Variable.Name, false, false, s);
                    foreach (var a in In(s.Body.Statements))
                    {
                        yield return a;
                    }
                    break;
                case ParForStatement s:
                    yield return new Assignment(s.Variable.Name, false, false, s);
                    foreach (var a in In(s.Body.Statements))
                    {
                        yield return a;
                    }
                    break;
                case WhileStatement s:
                    foreach (var a in In(s.Body.Statements))
                    {
                        yield return a;
                    }
                    break;
            }
        }
    }
}
