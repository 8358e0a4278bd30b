"""Conformance scripts of the reorganization, construction, utility, list and print builtins.

Each case is a DML script and its expected output, recomputed here with NumPy or plain Python
(independently of DmlNet) and formatted with dmlfmt. Running this file (re)writes
tests/scripts/conformance/NAME.dml, NAME.expected and, for failing scripts, NAME.error:

    /usr/bin/python3 tests/scripts/conformance/generators/reorg.py
"""
import math
import os
import textwrap

import numpy as np

from dmlfmt import CONFORMANCE, decimal_format, java_double, lines, print_matrix, scalar, to_string, write_expected

CASES = []


def case(function):
    """Registers a case: the function returns (dml, expected) or (dml, expected, error text)."""
    CASES.append(function)
    return function


def dml_matrix(m):
    """The matrix("...", rows, cols) literal of a NumPy array (values written so DML parses them exactly)."""
    m = np.atleast_2d(np.asarray(m, dtype=float))
    values = " ".join(repr(float(v)) if not float(v).is_integer() or math.isinf(v) else str(int(v)) for v in m.ravel())
    values = values.replace("inf", "Infinity").replace("nan", "NaN")
    return f'matrix("{values}", rows={m.shape[0]}, cols={m.shape[1]})'


def script(text):
    return textwrap.dedent(text).lstrip("\n")


def list_text(elements, rows=100, cols=100, decimal=3):
    """SystemDS's toString of a list: elements given as Python scalars, NumPy arrays or nested lists."""
    parts = []
    for e in elements:
        if isinstance(e, np.ndarray):
            parts.append("\nMatrix:\n" + to_string(e, decimal=decimal, rows=rows, cols=cols))
        elif isinstance(e, list):
            parts.append(list_text(e, rows=cols, cols=rows, decimal=decimal))
        else:
            parts.append(scalar(e))
    body = ", ".join(parts)
    return "List containing:\n[" + body + "]" if parts else "List containing:]"


A = np.array([[3, 1, 2], [1, 1, 5], [2, 2, 7], [3, 1, 9], [1, 2, 0]], dtype=float)


@case
def reorg_rev():
    v = np.array([[4], [0], [9], [1]], dtype=float)
    sparse = np.diag([1.0, 0, 3, 0, 5])
    dml = script(f"""
        # rev() reverses the row order (reference §7.3); dense, column vector, 1 x 1 and sparse inputs
        A = {dml_matrix(A)}
        print(rev(A))
        print(rev({dml_matrix(v)}))
        print(rev(matrix(7, rows=1, cols=1)))
        print(rev(diag({dml_matrix(np.array([[1], [0], [3], [0], [5]]))})))
        """)
    return dml, print_matrix(A[::-1]) + print_matrix(v[::-1]) + print_matrix([[7]]) + print_matrix(sparse[::-1])


def stable_order(m, by, decreasing):
    """Row permutation of a stable sort by the 1-based columns `by` (first is primary); ties keep input order."""
    keys = [(-m[:, c - 1] if decreasing else m[:, c - 1]) for c in reversed(by)]
    return np.lexsort(keys)


@case
def reorg_order_single():
    dml = script(f"""
        # order() by one column, ascending and descending, rows or indexes (reference §7.3, §12.13)
        A = {dml_matrix(A)}
        print(order(target=A, by=1))
        print(order(target=A, by=3, decreasing=TRUE))
        print(order(target=A, by=1, index.return=TRUE))
        print(order(target=A, by=2, decreasing=TRUE, index.return=TRUE))
        """)
    out = print_matrix(A[stable_order(A, [1], False)])
    out += print_matrix(A[stable_order(A, [3], True)])
    out += print_matrix((stable_order(A, [1], False) + 1)[:, None])
    out += print_matrix((stable_order(A, [2], True) + 1)[:, None])
    return dml, out


@case
def reorg_order_multi():
    dml = script(f"""
        # order() by a row vector of columns: the first decides, the next break its ties
        A = {dml_matrix(A)}
        print(order(target=A, by=matrix("2 1", rows=1, cols=2)))
        print(order(target=A, by=matrix("2 1", rows=1, cols=2), index.return=TRUE))
        print(order(target=A, by=matrix("1 2 3", rows=1, cols=3), decreasing=TRUE, index.return=TRUE))
        """)
    out = print_matrix(A[stable_order(A, [2, 1], False)])
    out += print_matrix((stable_order(A, [2, 1], False) + 1)[:, None])
    out += print_matrix((stable_order(A, [1, 2, 3], True) + 1)[:, None])
    return dml, out


@case
def reorg_order_stable():
    keys = np.array([[2], [1], [2], [1], [3], [2], [1], [3]], dtype=float)
    dml = script(f"""
        # ties keep their input order in both directions (SystemDS sorts stably)
        K = {dml_matrix(keys)}
        print(toString(t(order(target=K, by=1, index.return=TRUE)), decimal=0))
        print(toString(t(order(target=K, by=1, decreasing=TRUE, index.return=TRUE)), decimal=0))
        """)
    out = print_matrix((stable_order(keys, [1], False) + 1)[None, :], decimal=0)
    out += print_matrix((stable_order(keys, [1], True) + 1)[None, :], decimal=0)
    return dml, out


Z = np.array([[0, 0, 0, 0], [1, 0, 2, 0], [0, 0, 0, 0], [0, 0, float("nan"), 0], [3, 0, 0, 4]])


@case
def reorg_removeempty_rows():
    dml = script(f"""
        # removeEmpty(margin="rows") drops the rows without a non-zero (NaN is non-zero)
        Z = {dml_matrix(Z)}
        print(removeEmpty(target=Z, margin="rows"))
        """)
    keep = [i for i in range(Z.shape[0]) if np.any(Z[i] != 0)]
    return dml, print_matrix(Z[keep])


@case
def reorg_removeempty_cols():
    dml = script(f"""
        # removeEmpty(margin="cols") drops the all-zero columns
        Z = {dml_matrix(Z)}
        R = removeEmpty(target=Z, margin="cols")
        print(nrow(R) + " x " + ncol(R))
        print(R)
        """)
    keep = [j for j in range(Z.shape[1]) if np.any(Z[:, j] != 0)]
    r = Z[:, keep]
    return dml, f"{r.shape[0]} x {r.shape[1]}\n" + print_matrix(r)


@case
def reorg_removeempty_select():
    select_rows = np.array([[1], [0], [1], [0], [0]], dtype=float)
    select_cols = np.array([[0, 1, 1, 0]], dtype=float)
    dml = script(f"""
        # with select, exactly the rows (columns) whose select entry is non-zero are kept, zeros or not
        Z = {dml_matrix(Z)}
        print(removeEmpty(target=Z, margin="rows", select={dml_matrix(select_rows)}))
        print(removeEmpty(target=Z, margin="cols", select={dml_matrix(select_cols)}))
        """)
    out = print_matrix(Z[select_rows[:, 0] != 0])
    out += print_matrix(Z[:, select_cols[0] != 0])
    return dml, out


@case
def reorg_removeempty_nothing_left():
    dml = script("""
        # when nothing is kept: one zero row/column, or with empty.return=FALSE an empty matrix
        Z = matrix(0, rows=3, cols=4)
        R1 = removeEmpty(target=Z, margin="rows")
        R2 = removeEmpty(target=Z, margin="cols")
        R3 = removeEmpty(target=Z, margin="rows", empty.return=FALSE)
        R4 = removeEmpty(target=Z, margin="cols", empty.return=FALSE)
        print(nrow(R1) + " x " + ncol(R1))
        print(nrow(R2) + " x " + ncol(R2))
        print(nrow(R3) + " x " + ncol(R3))
        print(nrow(R4) + " x " + ncol(R4))
        print(R1)
        """)
    return dml, "1 x 4\n3 x 1\n0 x 4\n3 x 0\n" + print_matrix(np.zeros((1, 4)))


@case
def reorg_replace():
    m = np.array([[1, 2, 0], [float("nan"), 2, 5], [0, float("nan"), 2]])
    dml = script(f"""
        # replace() swaps every cell equal to the pattern; a NaN pattern matches NaN (NaN == NaN is FALSE)
        M = {dml_matrix(m)}
        print(replace(target=M, pattern=2, replacement=-1))
        print(replace(target=M, pattern=0, replacement=9))
        print(replace(target=M, pattern=NaN, replacement=0))
        print(sum(M == NaN))
        """)
    r1 = np.where(m == 2, -1, m)
    r2 = np.where(m == 0, 9, m)
    r3 = np.where(np.isnan(m), 0, m)
    return dml, print_matrix(r1) + print_matrix(r2) + print_matrix(r3) + lines(0.0)


X = np.array([[-3], [1], [2], [5]], dtype=float)
Y = np.array([[2, 3, 0.5]])


def outer_case(name, ops, functions, comment):
    dml = f"# outer(x, y, op) {comment}\nx = {dml_matrix(X)}\ny = {dml_matrix(Y)}\n"
    out = ""
    for op, f in zip(ops, functions):
        dml += f'print(outer(x, y, "{op}"))\n'
        out += print_matrix(np.array([[f(a, b) for b in Y[0]] for a in X[:, 0]]))
    return dml, out


def trunc(v):
    return math.copysign(math.floor(abs(v)), v) if v == v else v


@case
def reorg_outer_arithmetic():
    return outer_case("arithmetic", ["+", "-", "*", "/", "^"],
                      [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
                       lambda a, b: float("nan") if a < 0 and not float(b).is_integer() else a ** b],
                      "with the arithmetic operators")


@case
def reorg_outer_comparison():
    return outer_case("comparison", ["<", "<=", ">", ">=", "==", "!="],
                      [lambda a, b: float(a < b), lambda a, b: float(a <= b), lambda a, b: float(a > b),
                       lambda a, b: float(a >= b), lambda a, b: float(a == b), lambda a, b: float(a != b)],
                      "with the comparison operators (1/0 cells)")


@case
def reorg_outer_other():
    return outer_case("other", ["min", "max", "%/%", "%%", "&", "|", "xor"],
                      [min, max, lambda a, b: trunc(a / b), lambda a, b: a - trunc(a / b) * b,
                       lambda a, b: float(a != 0 and b != 0), lambda a, b: float(a != 0 or b != 0),
                       lambda a, b: float((a != 0) != (b != 0))],
                      "with min, max, integer division and modulus (toward zero) and the logical operators")


@case
def reorg_triangles():
    m = np.arange(1, 13, dtype=float).reshape(3, 4)
    dml = script(f"""
        # lower.tri/upper.tri: the triangle (with or without the diagonal) as 1s or values, 0 elsewhere
        M = {dml_matrix(m)}
        print(lower.tri(target=M))
        print(lower.tri(target=M, diag=TRUE, values=TRUE))
        print(upper.tri(target=M, values=TRUE))
        print(upper.tri(target=M, diag=TRUE))
        """)
    i, j = np.indices(m.shape)
    out = print_matrix((j < i).astype(float))
    out += print_matrix(np.where(j <= i, m, 0))
    out += print_matrix(np.where(j > i, m, 0))
    out += print_matrix((j >= i).astype(float))
    return dml, out


@case
def reorg_reshape():
    m = np.array([[1, 2, 3], [4, 5, 6]], dtype=float)
    dml = script(f"""
        # matrix(X, rows, cols): row-major by default (unlike R); byrow=FALSE reads and writes column-major
        X = {dml_matrix(m)}
        print(matrix(X, rows=3, cols=2))
        print(matrix(X, rows=3, cols=2, byrow=FALSE))
        print(matrix(X, rows=1, cols=6, byrow=FALSE))
        print(matrix(X, rows=6))
        """)
    out = print_matrix(m.reshape(3, 2))
    out += print_matrix(m.reshape(3, 2, order="F"))
    out += print_matrix(m.reshape(1, 6, order="F"))
    out += print_matrix(m.reshape(6, 1))
    return dml, out


@case
def reorg_bind():
    a = np.array([[1, 2], [3, 4]], dtype=float)
    b = np.array([[5], [6]], dtype=float)
    dml = script(f"""
        # cbind/rbind are n-ary; parts with zero rows or columns add nothing
        A = {dml_matrix(a)}
        B = {dml_matrix(b)}
        print(cbind(A, B, A))
        print(rbind(A, t(B), A))
        E = matrix(0, rows=0, cols=2)
        R = rbind(E, A, E)
        print(nrow(R) + " x " + ncol(R))
        C = cbind(matrix(0, rows=2, cols=0), B)
        print(nrow(C) + " x " + ncol(C))
        Z = cbind(matrix(0, rows=0, cols=3), matrix(0, rows=0, cols=4))
        print(nrow(Z) + " x " + ncol(Z))
        print(cbind("left", "right"))
        """)
    out = print_matrix(np.hstack([a, b, a])) + print_matrix(np.vstack([a, b.T, a]))
    out += "2 x 2\n2 x 1\n0 x 7\nleft\nright\n"
    return dml, out


@case
def reorg_bind_mismatch():
    dml = script("""
        # rbind needs the same number of columns
        A = matrix(1, rows=2, cols=2)
        n = as.integer(as.scalar(A[1,1])) + 2
        B = matrix(1, rows=1, cols=n)
        print("before")
        C = rbind(A, B)
        print(sum(C))
        """)
    return dml, "before\n", "rbind() needs the same number of columns"


@case
def reorg_diag():
    v = np.array([[2], [0], [5]], dtype=float)
    m = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=float)
    dml = script(f"""
        # diag: n x 1 vector -> n x n matrix, square matrix -> its diagonal, 1 x 1 -> itself
        print(diag({dml_matrix(v)}))
        print(diag({dml_matrix(m)}))
        print(diag(matrix(4, rows=1, cols=1)))
        """)
    return dml, print_matrix(np.diag(v[:, 0])) + print_matrix(np.diag(m)[:, None]) + print_matrix([[4]])


@case
def reorg_roll():
    m = np.array([[1, 10], [2, 0], [3, 30], [4, 0]], dtype=float)
    dml = script(f"""
        # roll(X, k): row i moves to row (i + k) mod n
        X = {dml_matrix(m)}
        print(roll(X, 1))
        print(roll(X, -1))
        print(roll(X, 6))
        """)
    return dml, print_matrix(np.roll(m, 1, axis=0)) + print_matrix(np.roll(m, -1, axis=0)) + print_matrix(np.roll(m, 6, axis=0))


@case
def reorg_scans():
    m = np.array([[1, 0], [2, 1], [3, 2], [0, 0.5]])
    r = np.array([[1, 2, 3], [0, 0, 4]], dtype=float)
    c, prev = [], 0.0
    for a, b in m:
        prev = a + b * prev
        c.append([prev])
    dml = script(f"""
        # cumsumprod: c[i] = X[i,1] + X[i,2] * c[i-1]; rowcumsum: prefix sums along each row
        print(cumsumprod({dml_matrix(m)}))
        print(rowcumsum({dml_matrix(r)}))
        """)
    return dml, print_matrix(c) + print_matrix(np.cumsum(r, axis=1))


def systemds_seq(start, stop, step=None):
    """SystemDS's seq: increment 1 (flipped to -1 when start > stop), length 1 + floor(to/incr - from/incr)
    plus one when the next value is still within `to`, values accumulated by repeated addition."""
    step = 1 if step is None else step
    if step == 1 and start > stop:
        step = -1
    tmp = math.floor(stop / step - start / step)
    nxt = start + (tmp + 1) * step
    count = 1 + tmp + (1 if (nxt <= stop if step > 0 else nxt >= stop) else 0)
    values, current = [], start
    for _ in range(count):
        values.append([current])
        current += step
    return values


@case
def reorg_seq():
    dml = script("""
        # seq (reference §7.1, §12.8): default increment by direction, `to` included only when hit
        print(seq(1, 5))
        print(seq(5, 1))
        print(seq(1, 0))
        print(seq(0, 1, 0.3))
        print(seq(10, 1, -3))
        print(seq(2, 2))
        s = seq(0, 1, 0.1)
        print(nrow(s))
        print(as.scalar(s[9, 1]))
        print(nrow(seq(0.1, 0.6, 0.1)))
        """)
    out = "".join(print_matrix(systemds_seq(*a)) for a in [(1, 5), (5, 1), (1, 0), (0, 1, 0.3), (10, 1, -3), (2, 2)])
    s = systemds_seq(0, 1, 0.1)
    out += lines(len(s), s[8][0], len(systemds_seq(0.1, 0.6, 0.1)))
    return dml, out


@case
def reorg_seq_runtime_flip():
    dml = script("""
        # at run time seq() counts down for an increment of exactly 1 when from > to;
        # a for loop over the same range has a wrong-sign increment and runs zero times
        X = matrix(5, rows=1, cols=1)
        a = as.scalar(X)
        print(seq(a, 2, 1))
        for (i in seq(a, 3, 1)) { print(i) }
        for (i in a:3) { print(i) }
        """)
    return dml, print_matrix(systemds_seq(5, 2, 1)) + lines(5, 4, 3)


@case
def reorg_seq_wrong_sign():
    dml = script("""
        # an increment pointing away from `to` is an error at run time (zero iterations in a for loop)
        X = matrix(1, rows=1, cols=1)
        a = as.scalar(X)
        for (i in seq(a, 5, -1)) { print(i) }
        print("loop done")
        s = seq(a, 5, -1)
        print(sum(s))
        """)
    return dml, "loop done\n", "wrong sign"


@case
def reorg_matrix_string():
    values = np.array([[1, -2.5, 1e3], [float("nan"), float("inf"), -float("inf")]])
    dml = script("""
        # matrix("...", rows, cols): space-separated values, row-major; matrix(v, rows, cols) fills
        print(matrix("1 -2.5 1e3 NaN Infinity -Infinity", rows=2, cols=3))
        print(matrix(7, rows=2, cols=2))
        print(matrix(0, rows=1, cols=3))
        print(sum(matrix(1.5, rows=10, cols=10)))
        """)
    return dml, print_matrix(values) + print_matrix(np.full((2, 2), 7.0)) + print_matrix(np.zeros((1, 3))) + lines(150.0)


@case
def reorg_rand_properties():
    dml = script("""
        # rand: values within [min, max], the sparsity fraction of non-zeros, one matrix per seed
        R = rand(rows=100, cols=100, min=2, max=3, seed=11)
        print(min(R) >= 2 & max(R) <= 3)
        print(abs(mean(R) - 2.5) < 0.02)
        S = rand(rows=200, cols=100, sparsity=0.25, seed=12)
        print(abs(sum(S != 0) / 20000 - 0.25) < 0.02)
        print(sum(rand(rows=5, cols=5, seed=3) != rand(rows=5, cols=5, seed=3)))
        print(sum(rand(rows=5, cols=5, seed=3) != rand(rows=5, cols=5, seed=4)) > 20)
        N = rand(rows=200, cols=100, pdf="normal", seed=13)
        print(abs(mean(N)) < 0.03 & abs(sd(N) - 1) < 0.03)
        P = rand(rows=200, cols=100, pdf="poisson", lambda=4, seed=14)
        print(sum(P != round(P)) + " " + (abs(mean(P) - 4) < 0.1))
        print(sum(rand(rows=3, cols=2, min=1.5, max=1.5)))
        """)
    return dml, lines(True, True, True, 0.0, True, True, "0.0 TRUE", 9.0)


@case
def reorg_sample_properties():
    dml = script("""
        # sample(range, size[, replace][, seed]): the third argument is replace (boolean) or the seed
        a = sample(50, 10, 7)
        b = sample(50, 10, 7)
        print(sum(a != b))
        p = sample(8, 8)
        print(toString(t(order(target=p, by=1)), decimal=0))
        r = sample(3, 300, TRUE, 5)
        print(min(r) + " " + max(r) + " " + sum(r != round(r)))
        u = order(target=sample(1000, 40, FALSE, 9), by=1)
        print(nrow(u) + " " + sum(u[2:40, ] == u[1:39, ]) + " " + (min(u) >= 1 & max(u) <= 1000))
        """)
    return dml, lines(0.0) + print_matrix([list(range(1, 9))], decimal=0) + lines("1.0 3.0 0.0", "40 0.0 TRUE")


@case
def reorg_sample_too_many():
    dml = script("""
        # without replacement the size may not exceed the range
        X = matrix(4, rows=1, cols=1)
        n = as.integer(as.scalar(X))
        print("start")
        s = sample(3, n)
        print(sum(s))
        """)
    return dml, "start\n", "without replacement"


L = np.array([[1, -2.5, 0], [1 / 3, 2 / 3, 1e6]])


@case
def util_tostring_layout():
    dml = script(f"""
        # toString(target, rows, cols, decimal, sparse, sep, linesep) of a matrix (reference §12.3)
        X = {dml_matrix(L)}
        print(toString(X))
        print(toString(X, decimal=1))
        print(toString(X, decimal=5, sep=","))
        print(toString(X, rows=1, cols=2, linesep="|"))
        print(toString(X, rows=-1, cols=-1, decimal=0))
        """)
    out = print_matrix(L) + print_matrix(L, decimal=1) + print_matrix(L, decimal=5, sep=",")
    out += to_string(L, rows=1, cols=2, linesep="|") + "\n" + print_matrix(L, decimal=0)
    return dml, out


@case
def util_tostring_sparse():
    m = np.array([[0, 2, 0], [0, 0, 0], [-1.25, 0, float("nan")]])
    dml = script(f"""
        # toString(sparse=TRUE): one "i j v" line per non-zero (NaN included)
        X = {dml_matrix(m)}
        print(toString(X, sparse=TRUE))
        print(toString(X, sparse=TRUE, sep=";", decimal=1))
        print(toString(diag(matrix("3 0 4", rows=3, cols=1)), sparse=TRUE))
        """)
    out = print_matrix(m, sparse=True) + print_matrix(m, sparse=True, sep=";", decimal=1)
    out += print_matrix(np.diag([3.0, 0, 4]), sparse=True)
    return dml, out


@case
def util_tostring_numbers():
    m = np.array([[0.0625, 0.1875, -0.0625, 0.0005, 2.675], [-0.0001, 123456.789, 1e20, 1e-10, 0.5]])
    dml = script(f"""
        # toString numbers: DecimalFormat, half-even (0.0625 -> 0.062), no grouping, -0.0 shown as 0.000,
        # small negatives keep their sign, NaN and infinities as Java prints them
        X = {dml_matrix(m)}
        print(X)
        print(matrix(-0.0, rows=1, cols=2))
        print(toString(matrix("NaN Infinity -Infinity", rows=1, cols=3)))
        print(toString(X, decimal=7))
        """)
    out = print_matrix(m) + print_matrix([[-0.0, -0.0]]) + print_matrix([[float("nan"), float("inf"), -float("inf")]])
    out += print_matrix(m, decimal=7)
    return dml, out


@case
def util_tostring_scalars_lists():
    dml = script("""
        # toString of scalars is their print text; of lists SystemDS's list layout
        print(toString(2.5) + "|" + toString(7) + "|" + toString(TRUE) + "|" + toString("s"))
        print(toString(list(1, "a", matrix("1 2", rows=1, cols=2)), decimal=1))
        """)
    return dml, "2.5|7|TRUE|s\n" + list_text([1, "a", np.array([[1.0, 2.0]])], decimal=1) + "\n"


@case
def util_exists():
    dml = script("""
        # exists(name or identifier): defined at run time in the current scope
        x = 5
        print(exists(x) + " " + exists("x") + " " + exists("nope"))
        if (x > 3) { y = 1 }
        print(exists("y"))
        f = function(double a) return (boolean e) { e = exists("a") & !exists("x") }
        print(f(2))
        """)
    return dml, lines("TRUE TRUE FALSE", True, True)


@case
def util_eval():
    dml = script("""
        # eval("f", args...) calls a function by name: first result as a matrix; evalList: all, by name
        scale = function(matrix[double] A, double s = 2) return (matrix[double] B, double total) {
          B = A * s
          total = sum(B)
        }
        half = function(double v) return (double h) { h = v / 2 }
        X = matrix("1 2 3", rows=1, cols=3)
        print(eval("scale", X))
        print(eval("scale", X, 10))
        print(eval("scale", list(s=-1, A=X)))
        print(eval("half", 9))
        R = evalList("scale", list(X, 3))
        print(length(R))
        print(as.scalar(R["total"]))
        print(eval("rowSums", X))
        """)
    x = np.array([[1, 2, 3]], dtype=float)
    out = print_matrix(x * 2) + print_matrix(x * 10) + print_matrix(-x) + print_matrix([[4.5]])
    out += lines(2, float(np.sum(x * 3))) + print_matrix([[6.0]])
    return dml, out


@case
def util_eval_unknown():
    dml = script("""
        # eval of a name that is no function is a run-time error
        name = "no_such" + "_function"
        print("start")
        R = eval(name, matrix(1, rows=1, cols=1))
        print(sum(R))
        """)
    return dml, "start\n", "there is no function named 'no_such_function'"


@case
def util_ifelse():
    t = np.array([[1, 0], [float("nan"), 0]])
    n = np.array([[1, 2], [3, 4]], dtype=float)
    dml = script(f"""
        # ifelse(test, yes, no) cell-wise with matrix/scalar mixes; NaN tests are TRUE (non-zero)
        T = {dml_matrix(t)}
        N = {dml_matrix(n)}
        print(ifelse(T, 10, N))
        print(ifelse(T, N, -1))
        print(ifelse(N > 2, N, 0))
        print(ifelse(TRUE, 1, 2) + " " + ifelse(FALSE, 1, 2.5) + " " + ifelse(TRUE, 1, 2.5) + " " + ifelse(3 < 2, "a", "b"))
        """)
    test = (t != 0)
    out = print_matrix(np.where(test, 10, n)) + print_matrix(np.where(test, n, -1)) + print_matrix(np.where(n > 2, n, 0))
    out += "1 2.5 1.0 b\n"
    return dml, out


@case
def util_bitwise_logical():
    m = np.array([[12, 7, 0, 5]], dtype=float)
    dml = script(f"""
        # xor and the bit-wise functions; two int scalars give an int
        M = {dml_matrix(m)}
        print(xor(TRUE, FALSE) + " " + xor(2, 3) + " " + xor(0, 0))
        print(bitwAnd(12, 10) + " " + bitwOr(12, 10) + " " + bitwXor(12, 10) + " " + bitwShiftL(3, 4) + " " + bitwShiftR(100, 2))
        print(bitwAnd(12.0, 10))
        print(bitwAnd(M, 6))
        print(bitwShiftL(M, 1))
        print(xor(M, matrix("1 0 1 0", rows=1, cols=4)))
        """)
    iv = m.astype(np.int64)
    out = "TRUE FALSE FALSE\n"
    out += f"{12 & 10} {12 | 10} {12 ^ 10} {3 << 4} {100 >> 2}\n" + lines(8.0)
    out += print_matrix((iv & 6).astype(float)) + print_matrix((iv << 1).astype(float))
    out += print_matrix(((m != 0) != (np.array([[1, 0, 1, 0]]) != 0)).astype(float))
    return dml, out


@case
def util_isna():
    m = np.array([[1, float("nan"), float("inf"), -float("inf"), 0]])
    dml = script(f"""
        # is.na, is.nan, is.infinite: 1/0 cells for matrices, booleans for scalars
        M = {dml_matrix(m)}
        print(is.na(M))
        print(is.nan(M))
        print(is.infinite(M))
        print(is.nan(0/0) + " " + is.infinite(-1/0) + " " + is.na(3))
        """)
    out = print_matrix(np.isnan(m).astype(float)) * 2 + print_matrix(np.isinf(m).astype(float))
    return dml, out + "TRUE TRUE FALSE\n"


@case
def util_minmax():
    a = np.array([[1, 5, 3, -2]], dtype=float)
    b = np.array([[4, 2, 6, -8]], dtype=float)
    dml = script(f"""
        # min/max/pmin/pmax: of one matrix a double; n-ary cell-wise; ints stay ints; NaN propagates
        A = {dml_matrix(a)}
        B = {dml_matrix(b)}
        print(max(3, 9, 4, 1) + " " + min(3, 9, 4, 1) + " " + max(2, 7.5) + " " + min(-1, 0))
        print(max(A) + " " + min(A) + " " + max(NaN, 1))
        print(pmax(A, B, 2))
        print(min(A, B))
        print(pmin(A, 0))
        """)
    out = "9 1 7.5 -1\n" + lines(f"{java_double(a.max())} {java_double(a.min())} NaN")
    out += print_matrix(np.maximum(np.maximum(a, b), 2)) + print_matrix(np.minimum(a, b)) + print_matrix(np.minimum(a, 0))
    return dml, out


@case
def util_time():
    dml = script("""
        # time() is an int clock in nanoseconds; only differences mean something
        t1 = time()
        s = sum(rand(rows=100, cols=100, seed=1))
        t2 = time()
        print((t2 >= t1) + " " + (t2 - t1 < 600000000000))
        print(t2 - t1 == round(t2 - t1))
        """)
    return dml, lines("TRUE TRUE", True)


@case
def print_format_integers():
    dml = script("""
        # print(format, args) is Java's String.format (reference §5.10, §12.4): integer conversions
        print("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%(d]", 42, 42, 42, 42, 42, 42, -42)
        print("[%,d] [%x] [%X] [%#x] [%o] [%#o]", 1234567, 255, 255, 255, 8, 8)
        print("[%s] [%3$s %1$s]", 72, 105, 7)
        """)
    return dml, ("[42] [   42] [42   ] [00042] [+42] [ 42] [(42)]\n"
                 f"[{1234567:,}] [{255:x}] [{255:X}] [{255:#x}] [{8:o}] [0{8:o}]\n"
                 "[72] [7 72]\n")


@case
def print_format_floats():
    dml = script("""
        # %f has 6 decimals rounded half-up on the shortest digits; %e and %g as in Java
        print("[%f] [%.2f] [%.1f] [%.0f] [%10.3f] [%-8.1f] [%08.2f]", 3.14159265, 2.675, 0.25, 2.5, -3.14159, 1.5, -1.5)
        print("[%e] [%.2e] [%E] [%g] [%g] [%.3g]", 12345.678, 0.000123, 1.5, 0.0001234, 123456789.0, 1234.5)
        print("[%f] [%+e] [%.2f] [%,.2f]", 0/0, 1/0, -0.001, 1234567.891)
        """)
    return dml, ("[3.141593] [2.68] [0.3] [3] [    -3.142] [1.5     ] [-0001.50]\n"
                 "[1.234568e+04] [1.23e-04] [1.500000E+00] [0.000123400] [1.23457e+08] [1.23e+03]\n"
                 "[NaN] [+Infinity] [-0.00] [1,234,567.89]\n")


@case
def print_format_strings_booleans():
    dml = script("""
        # %b prints lowercase; %s shows numbers as Java does; %% and %n
        print("[%b] [%b] [%B] [%s] [%s] [%s] [%.3s] [%-6s] [%6s]", TRUE, FALSE, TRUE, 1.5, 10, TRUE, "abcdef", "ab", "ab")
        print("100%% of %d%nnext line", 3)
        print("no arguments: 100%% stays")
        """)
    return dml, "[true] [false] [TRUE] [1.5] [10] [true] [abc] [ab    ] [    ab]\n100% of 3\nnext line\nno arguments: 100%% stays\n"


@case
def print_format_d_with_double():
    dml = script("""
        # %d with a double is an error, as in Java
        print("%d", 3)
        print("%d", 6 / 2)
        """)
    return dml, "3\n", "does not accept the double value 3.0"


@case
def print_format_bad_flags():
    dml = script("""
        # Java rejects flags that need a width
        print("%5.1f|", 2.25)
        print("%-d", 2)
        """)
    return dml, "  2.3|\n", "the '-' flag needs a width"


@case
def print_scalars_java():
    values = [1.0, 100.0, 1 / 3, 0.1 + 0.2, 1e7, 9999999.0, 0.001, 1e-4, 123456789.0, 2.0 ** 53, -0.0, 1.5e-10, 1e21]
    dml = "# doubles print as Java's Double.toString (reference §12.1, §12.2)\n"
    dml += "".join(f"print({v!r})\n" for v in values[:6])
    dml += "print(1 / 1000)\nprint(1 / 10000)\nprint(123456789.0)\nprint(2 ^ 53)\nprint(-0.0)\nprint(1.5e-10)\nprint(10 ^ 21)\n"
    dml += 'print(7 + " " + 7.0 + " " + (7 / 2) + " " + TRUE + " " + (2 > 3))\n'
    return dml, lines(*values) + "7 7.0 3.5 TRUE FALSE\n"


@case
def print_matrix_default():
    m = np.array([[1, 2.5], [-3, 1 / 3]])
    dml = script(f"""
        # print(X) = print(toString(X)): 3 decimals, rows end with a newline, print adds another
        X = {dml_matrix(m)}
        print(X)
        print(X[2, 2])
        print(t(X))
        """)
    return dml, print_matrix(m) + print_matrix([[1 / 3]]) + print_matrix(m.T)


@case
def list_basic():
    dml = script("""
        # list(...) named or unnamed; L[i], L[i:j] are lists, L["name"] selects by name
        L = list(a=1, b="two", c=TRUE, d=2.5)
        print(length(L))
        print(as.scalar(L["b"]) + " " + as.scalar(L[3]) + " " + as.scalar(L["d"]))
        S = L[2:3]
        print(length(S))
        print(S)
        U = list(5, list(6, 7))
        print(length(U))
        print(U)
        """)
    return dml, lines(4, "two TRUE 2.5", 2) + list_text(["two", True]) + "\n" + lines(2) + list_text([5, [6, 7]]) + "\n"


@case
def list_append_remove():
    dml = script("""
        # append(L, x) and cbind(L, x) add an element; [rest, e] = remove(L, i)
        L = list(1, 2)
        L = append(L, 3)
        L = cbind(L, matrix(4, rows=1, cols=2))
        print(length(L))
        [R, e] = remove(L, 2)
        print(length(R) + " " + length(e) + " " + as.scalar(e[1]))
        print(R)
        N = list(x=10, y=20, z=30)
        [N2, f] = remove(N, 1)
        print(as.scalar(N2["z"]) - as.scalar(f["x"]))
        """)
    return dml, lines(4, "3 1 2") + list_text([1, 3, np.array([[4.0, 4.0]])]) + "\n" + lines(20)


@case
def list_print():
    m = np.array([[1, 2], [3, 4]], dtype=float)
    dml = script(f"""
        # printing lists: scalars as print shows them, matrices after a Matrix: line, nested lists inline
        M = {dml_matrix(m)}
        print(list(M, 1.5, "s", FALSE, 42))
        print(list(list(M), 3))
        print(toString(list(list(M), M), rows=1, cols=2))
        """)
    out = list_text([m, 1.5, "s", False, 42]) + "\n" + list_text([[m], 3]) + "\n"
    out += list_text([[m], m], rows=1, cols=2) + "\n"
    return dml, out


@case
def list_as_list_as_matrix():
    dml = script("""
        # as.list unnests one level; as.matrix of a list of scalars is a column vector
        L = list(list(1, 2), 3, list(list(4)))
        F = as.list(L)
        print(length(F))
        print(as.scalar(F[2]) + as.scalar(F[3]))
        print(as.matrix(list(1, 2, 3.5)))
        print(as.matrix(list(matrix(5, rows=1, cols=2))))
        """)
    return dml, lines(4, 5) + print_matrix([[1], [2], [3.5]]) + print_matrix([[5, 5]])


@case
def list_bind_elements():
    a = np.array([[1], [2]], dtype=float)
    b = np.array([[3, 4], [5, 6]], dtype=float)
    dml = script(f"""
        # cbind(L) / rbind(L) bind the matrices a list holds; rbind(L, x) appends like cbind(L, x)
        L = list({dml_matrix(a)}, {dml_matrix(b)})
        print(cbind(L))
        print(rbind(list({dml_matrix(b)}, {dml_matrix(b[:1])})))
        R = rbind(list(1), 2)
        print(length(R) + " " + as.scalar(R[2]))
        """)
    return dml, print_matrix(np.hstack([a, b])) + print_matrix(np.vstack([b, b[:1]])) + "2 2\n"


@case
def list_index_out_of_bounds():
    dml = script("""
        # a list index past the end is a run-time error
        L = list(1, 2, 3)
        i = as.integer(as.scalar(matrix(5, rows=1, cols=1)))
        print(length(L))
        x = L[i]
        print(length(x))
        """)
    return dml, "3\n", "list index 5 is out of bounds"


def main():
    for function in CASES:
        result = function()
        dml, expected = result[0], result[1]
        name = function.__name__
        with open(os.path.join(CONFORMANCE, name + ".dml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dml)
        error_path = os.path.join(CONFORMANCE, name + ".error")
        if len(result) > 2:
            with open(error_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(result[2] + "\n")
        elif os.path.exists(error_path):
            os.remove(error_path)
        write_expected(name, expected)
    print(f"wrote {len(CASES)} conformance scripts")


if __name__ == "__main__":
    main()
