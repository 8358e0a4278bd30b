using DmlNet.Diagnostics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>Definite assignment, loops, branches and type changes (reference §2, §6).</summary>
public class FlowAnalysisTests
{
    [Fact]
    public void VariableAssignedInBothBranchesIsDefined() =>
        Checker.AssertClean("x = 1\nif (x > 0) { y = 1 } else { y = 2 }\nprint(y)");

    [Fact]
    public void VariableAssignedInOneBranchIsAWarningNotAnError()
    {
        var diagnostics = Checker.Check("x = 1\nif (x > 0) { y = 1 }\nprint(y)");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCode.PossiblyUndefinedVariable, 3), (warning.Severity, warning.Code, warning.Span.Line));
    }

    [Fact]
    public void LoopCarriedValueFromAnEarlierIterationIsAWarning()
    {
        var diagnostics = Checker.Check("for (i in 1:3) {\n  if (i > 1) { print(prev) }\n  prev = i\n}");
        Assert.Equal(DiagnosticCode.PossiblyUndefinedVariable, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void NeverAssignedVariableIsAnError() =>
        Checker.AssertError("for (i in 1:3) { print(ghost) }", DiagnosticCode.UndefinedVariable, 1, 24);

    [Fact]
    public void LoopWithConstantNonEmptyRangeDefinesItsVariables() =>
        Checker.AssertClean("for (i in 1:3) { last = i * 2 }\nprint(last)");

    [Fact]
    public void LoopThatMayNotRunLeavesVariablesPossiblyUndefined()
    {
        var diagnostics = Checker.Check("n = $n\nfor (i in 1:n) { last = i }\nprint(last)", new Dictionary<string, string>());
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.PossiblyUndefinedVariable && d.Span.Line == 3);
    }

    [Fact]
    public void WhileLoopVariablesArePossiblyUndefinedAfterTheLoop()
    {
        var diagnostics = Checker.Check("i = 0\nwhile (i < 3) { i = i + 1; t = i }\nprint(t)");
        Assert.Equal(DiagnosticCode.PossiblyUndefinedVariable, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void LoopVariableIsAnInt() =>
        Checker.AssertError("for (i in 1:3) { x = i + TRUE }", DiagnosticCode.TypeMismatch);

    [Fact]
    public void UnconditionalDataTypeChangeIsAllowed() =>
        Checker.AssertClean("x = 1\nx = matrix(x, rows=1, cols=1)\nprint(sum(x))");

    [Fact]
    public void DataTypeChangeInsideALoopIsAnError() =>
        Checker.AssertError("x = 1\nfor (i in 1:2) { x = matrix(0, rows=2, cols=2) }\nprint(sum(x))",
            DiagnosticCode.ConditionalDataTypeChange, 2, 18);

    [Fact]
    public void ConstantsPropagateThroughLoopsOnlyWhenUnchanged()
    {
        Checker.AssertError("n = 3\nfor (i in 1:2) { k = 1 }\nX = matrix(0, rows=n, cols=n) %*% matrix(0, rows=4, cols=1)\nprint(sum(X))",
            DiagnosticCode.MatrixMultiplyShape);
        Checker.AssertClean("n = 3\nfor (i in 1:2) { n = n + 1 }\nX = matrix(0, rows=n, cols=n) %*% matrix(0, rows=4, cols=1)\nprint(sum(X))");
    }

    [Fact]
    public void FunctionsSeeOnlyTheirParameters()
    {
        var diagnostics = Checker.Check("g = 5\nf = function(double a) return (double b) { b = a + g }\nprint(f(1))");
        Assert.Equal(DiagnosticCode.UndefinedVariable, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void FunctionsCanBeUsedBeforeTheirDefinitionAndRecursively() =>
        Checker.AssertClean("""
            print(fact(5))
            fact = function(int n) return (int r) {
              if (n <= 1) { r = 1 } else { r = n * fact(n - 1) }
            }
            """);

    [Fact]
    public void UnassignedResultIsAWarning()
    {
        var diagnostics = Checker.Check("f = function(double a) return (double b, double c) { b = a }\nprint(f(1))");
        Assert.Equal(DiagnosticCode.UnassignedOutput, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void ExistsDoesNotRequireTheVariable() => Checker.AssertClean("print(exists(nothing))");
}
