namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>Lists, exists, eval/evalList, time, and the cell-wise utilities (ifelse, xor, bitw*, is.*, n-ary min/max) run as scripts.</summary>
public class ListAndUtilityTests
{
    [Fact]
    public void ListsAreBuiltIndexedAppendedAndMeasured()
    {
        const string script = """
            L = list(a=1, b="two", c=TRUE)
            print(length(L))
            print(as.scalar(L["b"]))
            print(as.scalar(L[3]))
            M = append(L, 4.5)
            N = cbind(M, matrix(7, rows=1, cols=2))
            print(length(N))
            print(as.scalar(N[4]) + sum(as.matrix(N[5])))
            S = N[2:3]
            print(length(S))
            print(S)
            U = list(5, 6)
            print(U)
            """;
        Assert.Equal("3\ntwo\nTRUE\n5\n18.5\n2\nList containing:\n[two, TRUE]\nList containing:\n[5, 6]\n", Scripts.Output(script));
    }

    [Fact]
    public void RemoveSplitsAListIntoTheRestAndTheRemovedElement()
    {
        const string script = """
            L = list(a=1, b=2, c=3)
            [R, e] = remove(L, 2)
            print(length(R) + " " + length(e))
            print(as.scalar(R["c"]) + as.scalar(e["b"]))
            [R2, e2] = remove(R, 1)
            print(R2)
            """;
        Assert.Equal("2 1\n5\nList containing:\n[3]\n", Scripts.Output(script));
        Assert.Contains("index 4 is out of bounds", Scripts.Error("L = list(1, 2)\ni = as.integer(as.scalar(matrix(4, rows=1, cols=1)))\n[R, e] = remove(L, i)\nprint(length(R))"));
    }

    [Fact]
    public void AsListUnnestsOneLevelAndWrapsOtherValues()
    {
        const string script = """
            L = list(list(1, 2), 3, list(list(4)))
            F = as.list(L)
            print(length(F))
            print(as.scalar(F[2]) + as.scalar(F[3]))
            print(length(as.list(F[4])))
            """;
        Assert.Equal("4\n5\n1\n", Scripts.Output(script));
    }

    [Fact]
    public void AsMatrixOfAListOfScalarsIsAColumnVector() =>
        Assert.Equal("1.000\n2.000\n3.500\n\n", Scripts.Output("L = list(1, 2, 3.5)\nprint(as.matrix(L))"));

    [Fact]
    public void ExistsSeesVariablesAssignedEarlierInTheSameBlockAndLaterBlocks()
    {
        const string script = """
            x = 5
            print(exists(x) + " " + exists("x") + " " + exists("y"))
            if (x > 1) { y = 2 }
            print(exists("y"))
            f = function(double a) return (boolean e) { e = exists("x") | !exists("a") }
            print(f(1))
            """;
        Assert.Equal("TRUE TRUE FALSE\nTRUE\nFALSE\n", Scripts.Output(script));
    }

    [Fact]
    public void EvalCallsUserFunctionsByNameWithPositionalListOrDefaultArguments()
    {
        const string script = """
            f = function(matrix[double] A, double s = 2) return (matrix[double] B, double t) {
              B = A * s
              t = sum(B)
            }
            g = function(double a, double b) return (double c) { c = a - b }
            X = matrix("1 2 3", rows=1, cols=3)
            print(sum(eval("f", X)))
            print(sum(eval("f", X, 10)))
            print(sum(eval("f", list(X, 3))))
            print(sum(eval("f", list(s=4, A=X))))
            print(as.scalar(eval("g", 10, 4)))
            R = evalList("f", X)
            print(length(R))
            print(as.scalar(R["t"]))
            print(sum(as.matrix(R["B"])))
            print(as.scalar(eval("sum", X)))
            """;
        Assert.Equal("12.0\n60.0\n18.0\n24.0\n6.0\n2\n12.0\n12.0\n6.0\n", Scripts.Output(script));
    }

    [Fact]
    public void EvalReportsUnknownFunctionsAndBadArguments()
    {
        Assert.Contains("no function named 'nope'", Scripts.Error("X = matrix(1, rows=1, cols=1)\nY = eval(\"nope\", X)\nprint(sum(Y))"));
        Assert.Contains("missing argument 'b'", Scripts.Error("g = function(double a, double b) return (double c) { c = a - b }\nY = eval(\"g\", 1)\nprint(sum(Y))"));
        Assert.Contains("has no parameter named 'z'", Scripts.Error("g = function(double a, double b) return (double c) { c = a - b }\nY = eval(\"g\", list(a=1, z=2))\nprint(sum(Y))"));
    }

    [Fact]
    public void TimeIsAMonotonicIntInNanoseconds()
    {
        const string script = """
            t1 = time()
            X = rand(rows=200, cols=200, seed=1)
            s = sum(X %*% X)
            t2 = time()
            print((t2 >= t1) + " " + (t2 - t1 < 60 * 1000000000))
            """;
        Assert.Equal("TRUE TRUE\n", Scripts.Output(script));
    }

    [Fact]
    public void IfElseMixesMatricesAndScalarsAndPromotesMixedNumbers()
    {
        const string script = """
            T = matrix("1 0 NaN 0", rows=2, cols=2)
            print(ifelse(T, 10, matrix("1 2 3 4", rows=2, cols=2)))
            print(ifelse(TRUE, 1, 2.5))
            print(ifelse(FALSE, 1, 2))
            print(ifelse(1 > 2, "a", "b"))
            """;
        Assert.Equal("10.000 2.000\n10.000 4.000\n\n1.0\n2\nb\n", Scripts.Output(script));
    }

    [Fact]
    public void LogicalAndBitwiseFunctionsKeepIntsForIntOperands()
    {
        const string script = """
            print(xor(TRUE, FALSE) + " " + xor(3, 4))
            print(bitwAnd(12, 10) + " " + bitwOr(12, 10) + " " + bitwXor(12, 10))
            print(bitwShiftL(1, 10) + " " + bitwShiftR(1024, 3) + " " + bitwAnd(12.0, 10))
            print(bitwAnd(matrix("12 7", rows=1, cols=2), 6))
            print(xor(matrix("1 0 1 0", rows=1, cols=4), matrix("1 1 0 0", rows=1, cols=4)))
            """;
        Assert.Equal("TRUE FALSE\n8 14 6\n1024 128 8.0\n4.000 6.000\n\n0.000 1.000 1.000 0.000\n\n", Scripts.Output(script));
    }

    [Fact]
    public void NaNAndInfinityTests()
    {
        const string script = """
            X = matrix("1 NaN Infinity -Infinity", rows=1, cols=4)
            print(is.na(X))
            print(is.nan(X))
            print(is.infinite(X))
            print(is.nan(0/0) + " " + is.infinite(1/0) + " " + is.na(1))
            """;
        Assert.Equal("0.000 1.000 0.000 0.000\n\n0.000 1.000 0.000 0.000\n\n0.000 0.000 1.000 1.000\n\nTRUE TRUE FALSE\n", Scripts.Output(script));
    }

    [Fact]
    public void NAryMinAndMaxStayIntsForInts()
    {
        const string script = """
            print(max(3, 9, 4, 1) + " " + min(3, 9, 4, 1) + " " + max(2, 7.5, 1))
            print(pmin(matrix("1 5 3", rows=1, cols=3), 2, matrix("0 9 9", rows=1, cols=3)))
            print(pmax(matrix("1 5 3", rows=1, cols=3), 4))
            print(min(matrix("4 -2 7", rows=1, cols=3)) + " " + max(NaN, 1))
            """;
        Assert.Equal("9 1 7.5\n0.000 2.000 2.000\n\n4.000 5.000 4.000\n\n-2.0 NaN\n", Scripts.Output(script));
    }
}
