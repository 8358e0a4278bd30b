using DmlNet.Diagnostics;
using DmlNet.Semantics.Builtins;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>The builtin catalog covers the reference and drives arity, naming and typing checks.</summary>
public class BuiltinCatalogTests
{
    /// <summary>Every builtin named in sections 7-9 of the reference.</summary>
    private static readonly string[] ReferenceBuiltins =
    [
        "matrix", "rand", "seq", "sample", "list", "frame",
        "as.scalar", "as.matrix", "as.frame", "as.double", "as.integer", "as.logical", "as.boolean", "as.list",
        "nrow", "ncol", "length", "t", "rev", "diag", "cbind", "append", "rbind", "outer", "lower.tri", "upper.tri",
        "order", "removeEmpty", "replace", "cumsumprod", "rowcumsum", "roll", "unique",
        "sum", "prod", "mean", "avg", "var", "sd", "min", "max", "pmin", "pmax",
        "rowSums", "rowMeans", "rowMaxs", "rowMins", "rowVars", "rowSds", "rowProds",
        "colSums", "colMeans", "colMaxs", "colMins", "colVars", "colSds", "colProds",
        "rowIndexMax", "rowIndexMin", "cumsum", "cumprod", "cummin", "cummax", "moment", "centralMoment", "cov",
        "quantile", "median", "interQuartileMean", "interQuantile", "table", "aggregate", "groupedAggregate", "trace",
        "abs", "exp", "sqrt", "floor", "ceil", "ceiling", "round", "sign", "log",
        "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
        "ifelse", "xor", "bitwAnd", "bitwOr", "bitwXor", "bitwShiftL", "bitwShiftR", "is.na", "is.nan", "is.infinite", "sigmoid",
        "solve", "inv", "inverse", "det", "cholesky", "eigen", "lu", "qr", "svd",
        "cdf", "icdf", "pnorm", "pexp", "pchisq", "pt", "pf", "qnorm", "qexp", "qchisq", "qt", "qf",
        "conv2d", "conv2d_backward_filter", "conv2d_backward_data", "max_pool", "avg_pool", "max_pool_backward",
        "avg_pool_backward", "bias_add", "bias_multiply", "batch_norm2d", "batch_norm2d_backward", "lstm", "lstm_backward",
        "paramserv", "remove", "toString", "exists", "eval", "time", "typeof",
        "read", "readMM", "write", "print", "stop", "assert",
        "transformencode", "transformapply", "transformdecode", "transformcolmap", "transformmeta",
    ];

    [Fact]
    public void EveryReferenceBuiltinIsInTheCatalog()
    {
        var missing = ReferenceBuiltins.Where(name => BuiltinCatalog.Find(name) is null).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryEntryIsDescribed() =>
        Assert.All(BuiltinCatalog.All, b => Assert.False(string.IsNullOrWhiteSpace(b.Description), b.Name));

    [Theory]
    [InlineData("[Q, R] = qr(matrix(1, rows=3, cols=3))\nprint(sum(Q %*% R))")]
    [InlineData("[w, V] = eigen(matrix(1, rows=3, cols=3))\nprint(sum(V %*% w))")]
    [InlineData("[P, L, U] = lu(matrix(1, rows=3, cols=3))\nprint(sum(P %*% L %*% U))")]
    [InlineData("[U, S, V] = svd(matrix(1, rows=4, cols=3))\nprint(sum(U %*% S %*% t(V)))")]
    [InlineData("X = matrix(\"1 2 3 4\", rows=2, cols=2)\nY = order(target=X, by=1, decreasing=TRUE, index.return=FALSE)\nprint(sum(Y))")]
    [InlineData("X = rand(rows=4, cols=3, seed=2)\nY = removeEmpty(target=X, margin=\"rows\")\nZ = replace(target=Y, pattern=0, replacement=1)\nprint(sum(Z))")]
    [InlineData("p = cdf(target=1.96, dist=\"normal\", mean=0, sd=1, lower.tail=TRUE)\nq = qnorm(0.975)\nprint(p + q)")]
    [InlineData("X = rand(rows=2, cols=784, seed=1)\nW = rand(rows=4, cols=9, seed=2)\n" +
                "Y = conv2d(X, W, input_shape=[2, 1, 28, 28], filter_shape=[4, 1, 3, 3], stride=[1, 1], padding=[1, 1])\n" +
                "Z = Y %*% matrix(1, rows=3136, cols=1)\nprint(sum(Z))")]
    [InlineData("s = toString(matrix(1, rows=2, cols=2), decimal=2)\nprint(s)")]
    [InlineData("t = table(seq(1, 5), seq(5, 1))\nprint(sum(t))")]
    public void MultiReturnNamedAndShapeCallsValidate(string text) => Checker.AssertClean(text);

    [Theory]
    [InlineData("x = sum()", DiagnosticCode.WrongArgumentCount)]
    [InlineData("x = nrow(1, 2, 3)", DiagnosticCode.WrongArgumentCount)]
    [InlineData("x = rand(rows=2, colz=3)", DiagnosticCode.UnknownNamedArgument)]
    [InlineData("x = rand(2, 3)", DiagnosticCode.MixedArguments)]
    [InlineData("x = removeEmpty(target=matrix(1, rows=2, cols=2))", DiagnosticCode.MissingArgument)]
    [InlineData("[a, b] = nrow(matrix(1, rows=2, cols=2))", DiagnosticCode.OutputCountMismatch)]
    [InlineData("x = inv(matrix(1, rows=2, cols=3))", DiagnosticCode.ShapeRequirement)]
    [InlineData("x = sum(\"abc\")", DiagnosticCode.TypeMismatch)]
    [InlineData("x = conv2d(rand(rows=2, cols=700), rand(rows=4, cols=9), input_shape=[2, 1, 28, 28], filter_shape=[4, 1, 3, 3], stride=[1, 1], padding=[0, 0])",
        DiagnosticCode.ShapeRequirement)]
    [InlineData("x = max_pool(rand(rows=2, cols=16), input_shape=[2, 1, 4, 4], pool_size=[2, 2], stride=[1, 1], padding=[-1, 0])",
        DiagnosticCode.InvalidArgumentValue)]
    public void MisuseIsReported(string text, string code) => Assert.Contains(Checker.Check(text), d => d.Code == code);
}
