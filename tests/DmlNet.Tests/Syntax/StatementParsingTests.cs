using DmlNet.Syntax;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Syntax;

/// <summary>Each statement form of the grammar parses into the expected syntax node.</summary>
public class StatementParsingTests
{
    private static T Single<T>(string text) where T : Statement => Assert.IsType<T>(Assert.Single(Checker.Parse(text).Statements));

    [Fact]
    public void AssignmentForms()
    {
        Assert.Equal(AssignmentKind.Equals, Single<AssignmentStatement>("x = 1").Kind);
        Assert.Equal(AssignmentKind.Arrow, Single<AssignmentStatement>("x <- 1").Kind);
        var accumulate = Single<AssignmentStatement>("x += 2 * y");
        Assert.Equal(AssignmentKind.PlusEquals, accumulate.Kind);
        Assert.IsType<BinaryExpression>(accumulate.Value);
    }

    [Fact]
    public void MultiAssignment()
    {
        var s = Single<MultiAssignmentStatement>("[Q, R] = qr(A)");
        Assert.Equal(["Q", "R"], s.Targets.Select(t => t.Name));
        Assert.Equal("qr", s.Call.Name);
        var named = Single<MultiAssignmentStatement>("[a, b] <- ns::g(X=A, k=3)");
        Assert.True(named.Arrow);
        Assert.Equal("ns", named.Call.Namespace);
        Assert.Equal(["X", "k"], named.Call.Arguments.Select(a => a.Name));
    }

    [Fact]
    public void IfElseChains()
    {
        var s = Single<IfStatement>("if (a > 1) x = 1 else if (a < 0) { x = 2 } else { x = 3; y = 4 }");
        Assert.False(s.Then.Braced);
        var inner = Assert.IsType<IfStatement>(Assert.Single(s.Else!.Statements));
        Assert.Equal(2, inner.Else!.Statements.Length);
    }

    [Fact]
    public void ForLoopsOverRangesAndSeq()
    {
        var colon = Single<ForStatement>("for (i in 1:n) { s = s + i }");
        Assert.IsType<ColonRange>(colon.Range);
        var seq = Single<ForStatement>("for (i in seq(10, 1, -3)) print(i)");
        var call = Assert.IsType<CallExpression>(Assert.IsType<SequenceRange>(seq.Range).Sequence);
        Assert.Equal("seq", call.Name);
    }

    [Fact]
    public void ParForWithAllOptions()
    {
        var s = Single<ParForStatement>(
            "parfor (i in 1:10, check=0, par=4, mode=LOCAL, taskpartitioner=FACTORING, tasksize=2, datapartitioner=NONE, " +
            "resultmerge=LOCAL_MEM, opt=RULEBASED, log=INFO, profile=0) { R[i, 1] = i }");
        Assert.Equal(["check", "par", "mode", "taskpartitioner", "tasksize", "datapartitioner", "resultmerge", "opt", "log", "profile"],
            s.Options.Select(o => o.Key));
        Assert.Equal("LOCAL", Assert.IsType<IdentifierExpression>(s.Options[2].Value).Name);
    }

    [Fact]
    public void WhileLoop()
    {
        var s = Single<WhileStatement>("while (i < 10 & !done) { i = i + 1 }");
        Assert.IsType<BinaryExpression>(s.Predicate);
        Assert.Single(s.Body.Statements);
    }

    [Fact]
    public void FunctionWithTypedParametersDefaultsAndResults()
    {
        var f = Single<FunctionDefinition>("""
            rescale = function(matrix[double] X, double f = 2.0, boolean ctr = FALSE, Integer k = 3, String s = "a",
                               frame[unknown] F, list[unknown] L)
              return (matrix[double] Y, int n)
            {
              Y = X * f
              n = nrow(Y)
            }
            """);
        Assert.Equal(["X", "f", "ctr", "k", "s", "F", "L"], f.Parameters.Select(p => p.Name));
        Assert.Equal("matrix", f.Parameters[0].Type.DataType);
        Assert.Equal("double", f.Parameters[0].Type.ValueType);
        Assert.Null(f.Parameters[1].Type.DataType);
        Assert.Equal(2.0, Assert.IsType<DoubleLiteral>(f.Parameters[1].Default).Value);
        Assert.Equal(["Y", "n"], f.Results.Select(r => r.Name));
        Assert.Equal(2, f.Body.Statements.Length);
    }

    [Fact]
    public void FunctionWithoutReturnClauseAndArrowDefinition()
    {
        var f = Single<FunctionDefinition>("show <- function(int x) { print(x) }");
        Assert.True(f.Arrow);
        Assert.False(f.HasReturnClause);
        Assert.Empty(f.Results);
        var empty = Single<FunctionDefinition>("g = function() return () { x = 1 }");
        Assert.True(empty.HasReturnClause);
        Assert.Empty(empty.Parameters);
    }

    [Fact]
    public void ExternalFunctionParses()
    {
        var f = Single<ExternalFunctionDefinition>(
            "ext = externalFunction(Matrix[Double] A, Integer k) return (Matrix[Double] B) implemented in (classname=\"org.x.Y\", exectype=\"mem\")");
        Assert.Equal("ext", f.Name);
        Assert.Equal(["classname", "exectype"], f.Options.Select(o => o.Key));
    }

    [Fact]
    public void SourceAndSetwd()
    {
        var statements = Checker.Parse("setwd(\"lib\")\nsource(\"nn/layers/affine.dml\") as affine").Statements;
        Assert.Equal("lib", Assert.IsType<SetwdStatement>(statements[0]).Path);
        var import = Assert.IsType<SourceStatement>(statements[1]);
        Assert.Equal(("nn/layers/affine.dml", "affine"), (import.Path, import.Namespace));
    }

    [Fact]
    public void CommandLineParametersAndIfdef()
    {
        var statements = Checker.Parse("a = $1\nb = $name\nc = ifdef($k, 10)").Statements;
        Assert.Equal("1", Assert.IsType<CommandLineParameter>(((AssignmentStatement)statements[0]).Value).Name);
        Assert.Equal("name", Assert.IsType<CommandLineParameter>(((AssignmentStatement)statements[1]).Value).Name);
        var ifdef = Assert.IsType<IfdefExpression>(((AssignmentStatement)statements[2]).Value);
        Assert.Equal("k", ifdef.Parameter.Name);
    }

    [Fact]
    public void CallStatementsDiscardOutputs()
    {
        var s = Single<CallStatement>("print(\"x=\" + x)");
        Assert.Equal("print", s.Call.Name);
        Assert.Equal("ns::f", Single<CallStatement>("ns::f(A, 3)").Call.QualifiedName);
    }

    [Fact]
    public void OptionalAndRepeatedSemicolonsAndSeveralStatementsPerLine()
    {
        var statements = Checker.Parse("a = 1 b = 2;; c = 3;\nd = 4").Statements;
        Assert.Equal(4, statements.Length);
    }

    [Fact]
    public void BothCommentForms()
    {
        var statements = Checker.Parse("# line comment\na = 1 # trailing\n/* block\n comment */ b = /* inline */ 2").Statements;
        Assert.Equal(2, statements.Length);
        Assert.Equal(4, statements[1].Span.Line);
    }

    [Fact]
    public void FunctionsMayOnlyBeDefinedAtTopLevel()
    {
        var tree = DmlNet.Syntax.DmlSyntax.Parse("if (TRUE) { f = function(int x) return (int y) { y = x } }");
        Assert.False(tree.Success);
    }
}
