"""Conformance scripts for aggregates, statistics, linear algebra and distributions (stats_*, linalg_*, dist_*).

Each case is a DML script and its expected output; the output is recomputed here with NumPy (or,
for distributions, closed-form finite series from Abramowitz & Stegun and math.erfc), independently
of DmlNet, and formatted with dmlfmt. SystemDS-specific rules (the quantile rule of reference
§12.11, interQuartileMean's fractional ends, grouped aggregates, the Householder convention of
qr) are written out here from their definitions and cross-checked against plain NumPy where NumPy
has the same notion (median, mean of the middle half, numpy.linalg.qr, eigh, svd).
Values are printed through toString (3 decimals) or rounded to 6 decimals, so 1-ulp differences
cannot change the text; every printed value is checked to lie away from a rounding boundary.

Run: /usr/bin/python3 tests/scripts/conformance/generators/stats.py
"""
import math
import os

import numpy as np

import dmlfmt

CASES = []


def case(name, description, dml, expected, error=None):
    """Registers a script: its comment line, body, expected output and (for failing scripts) error text."""
    CASES.append((name, description, dml, expected, error))


# ---------------------------------------------------------------------------------------------
# formatting helpers with rounding-boundary guards

def _guard(value, scale, signed=False):
    """Fails when value * scale lies within 1e-6 of a rounding tie (1-ulp noise could flip it), or, for
    toString output (signed), when the value is rounding noise around 0 (its sign shows as -0.000)."""
    if not math.isfinite(value):
        return
    if signed and 0 < abs(value) < 1e-9:
        raise AssertionError(f"{value} is rounding noise around 0; its sign would decide between 0.000 and -0.000")
    scaled = abs(value) * scale
    fraction = scaled - math.floor(scaled)
    if abs(fraction - 0.5) < 1e-6 and fraction != 0.5:
        raise AssertionError(f"{value} is too close to a rounding boundary at scale {scale}")
    if fraction == 0.5 and value != round(value * scale * 2) / (scale * 2):
        raise AssertionError(f"{value} is a near tie")


def mat(m):
    """print(M) of a matrix, after checking its cells for 3-decimal rounding ties."""
    m = np.atleast_2d(np.asarray(m, dtype=float))
    for v in m.flat:
        _guard(v, 1000, signed=True)
    return dmlfmt.print_matrix(m)


def cell(v):
    """print(as.matrix(v)) of a scalar."""
    return mat([[v]])


def r6(v):
    """print(round(v * 1e6) / 1e6): Java Math.round, then Double.toString."""
    _guard(v, 1e6)
    return dmlfmt.java_double(math.floor(v * 1e6 + 0.5) / 1e6) + "\n"


def lit(m):
    """A DML matrix literal with the values of a 2-D array (row-major string)."""
    m = np.atleast_2d(np.asarray(m, dtype=float))
    cells = " ".join(_number(v) for v in m.flat)
    return f'matrix("{cells}", rows={m.shape[0]}, cols={m.shape[1]})'


def col(values):
    """A column vector as a 2-D array."""
    return np.asarray(values, dtype=float).reshape(-1, 1)


def _number(v):
    if math.isnan(v):
        return "NaN"
    if v == int(v):
        return str(int(v))
    return repr(float(v))


# ---------------------------------------------------------------------------------------------
# reference statistics (SystemDS rules written from their definitions)

def sample_var(values):
    values = np.asarray(values, dtype=float).ravel()
    return 0.0 if values.size == 1 else float(np.var(values, ddof=1))


def expanded(x, w=None):
    """The weight-expanded sample, sorted (NaN last)."""
    x = np.asarray(x, dtype=float).ravel()
    if w is not None:
        x = np.repeat(x, np.asarray(w, dtype=int).ravel())
    return np.sort(x)


def quantile(x, p, w=None):
    """y_k with k = ceil(p W); the mean of y_k and y_(k+1) when W is even and k < W (reference §12.11)."""
    y = expanded(x, w)
    n = len(y)
    k = math.ceil(p * n)
    if k == 0:
        return float(y[0])
    if n % 2 == 0 and k < n:
        return float((y[k - 1] + y[k]) / 2)
    return float(y[k - 1])


def median(x, w=None):
    value = quantile(x, 0.5, w)
    assert value == float(np.median(expanded(x, w)))
    return value


def iqm(x, w=None):
    """2/W times the integral of the expanded sample's step quantile function over [W/4, 3W/4]."""
    y = expanded(x, w)
    n = len(y)
    low, high = 0.25 * n, 0.75 * n
    total = sum(max(0.0, min(i + 1, high) - max(i, low)) * y[i] for i in range(n))
    value = total / (0.5 * n)
    if n % 4 == 0:
        assert abs(value - float(np.mean(y[n // 4: 3 * n // 4]))) < 1e-12
    return value


def inter_quantile(x, p, w=None):
    y = expanded(x, w)
    n = len(y)
    first = max(1, math.ceil(p * n))
    last = math.ceil((1 - p) * n)
    return col(y[first - 1:last])


def central_moment(x, k, w=None):
    x = np.asarray(x, dtype=float).ravel()
    w = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    mean = np.sum(w * x) / np.sum(w)
    return float(np.sum(w * (x - mean) ** k) / np.sum(w))


def covariance(x, y, w=None):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    w = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    total = np.sum(w)
    mx, my = np.sum(w * x) / total, np.sum(w * y) / total
    return 0.0 if total == 1 else float(np.sum(w * (x - mx) * (y - my)) / (total - 1))


def grouped(target, groups, fn, weights=None, ngroups=None, order=None):
    """aggregate(): one value per group (rows of target), empty groups 0 (NaN for centralmoment)."""
    target = np.atleast_2d(np.asarray(target, dtype=float))
    ids = [int(g) for g in np.asarray(groups, dtype=float).ravel()]
    w = np.ones(len(ids)) if weights is None else np.asarray(weights, dtype=float).ravel()
    count = ngroups if ngroups is not None else max(ids)
    result = np.zeros((count, target.shape[1]))
    for g in range(1, count + 1):
        rows = [i for i, gid in enumerate(ids) if gid == g]
        for j in range(target.shape[1]):
            values = np.array([target[i, j] for i in rows])
            weight = np.array([w[i] for i in rows])
            result[g - 1, j] = _group_value(fn, values, weight, order)
    return result


def _group_value(fn, values, weight, order):
    total = weight.sum()
    if fn == "sum":
        return float(np.sum(weight * values))
    if fn == "count":
        return float(total)
    if fn in ("min", "max"):
        present = values[weight != 0]
        return 0.0 if present.size == 0 else float(present.min() if fn == "min" else present.max())
    if values.size == 0:
        return math.nan if fn == "centralmoment" else 0.0
    mean = np.sum(weight * values) / total
    if fn == "mean":
        return float(mean)
    if fn == "variance":
        return 0.0 if total == 1 else float(np.sum(weight * (values - mean) ** 2) / (total - 1))
    return float(np.sum(weight * (values - mean) ** order) / total)


# ---------------------------------------------------------------------------------------------
# reference linear algebra

def lu_partial_pivoting(a):
    """P, L, U with P A = L U; the pivot is the first largest magnitude in the column."""
    a = np.array(a, dtype=float)
    n = a.shape[0]
    perm = list(range(n))
    u = a.copy()
    l = np.zeros((n, n))
    for k in range(n):
        pivot = k + int(np.argmax(np.abs(u[k:, k])))
        if pivot != k:
            u[[k, pivot]] = u[[pivot, k]]
            l[[k, pivot], :k] = l[[pivot, k], :k]
            perm[k], perm[pivot] = perm[pivot], perm[k]
        for i in range(k + 1, n):
            if u[k, k] != 0:
                l[i, k] = u[i, k] / u[k, k]
                u[i, k:] -= l[i, k] * u[k, k:]
        l[k, k] = 1
    p = np.zeros((n, n))
    for i, row in enumerate(perm):
        p[i, row] = 1
    assert np.allclose(p @ a, l @ u)
    return p, l, np.triu(u)


def householder(a):
    """H and R in the convention of Apache Commons Math (see HouseholderQr.cs): R[j,j] = -sign(x1)|x|, h = (x - R[j,j] e1) / -R[j,j]."""
    a = np.array(a, dtype=float)
    m, n = a.shape
    work = a.copy()
    h = np.zeros((m, n))
    for j in range(min(m, n)):
        x = work[j:, j].copy()
        norm = math.sqrt(float(x @ x))
        alpha = -norm if x[0] > 0 else norm
        if alpha == 0:
            continue
        v = x.copy()
        v[0] -= alpha
        h[j:, j] = v / -alpha
        reflector = np.eye(m - j) - np.outer(h[j:, j], h[j:, j]) / h[j, j]
        work[j:, :] = reflector @ work[j:, :]
        work[j + 1:, j] = 0
    r = np.triu(work)
    q = np.eye(m)
    for j in reversed(range(min(m, n))):
        if h[j, j] != 0:
            q = (np.eye(m) - np.outer(h[:, j], h[:, j]) / h[j, j]) @ q
    assert np.allclose(q @ r, a)
    _, r_numpy = np.linalg.qr(a)
    for i in range(min(m, n)):
        assert np.allclose(abs(r[i]), abs(r_numpy[i]))
    return h, r


# ---------------------------------------------------------------------------------------------
# reference distributions: closed forms and finite series (Abramowitz & Stegun 26.2, 26.4, 26.6, 26.7)

def normal_cdf(x, mean=0.0, sd=1.0):
    return 0.5 * math.erfc(-(x - mean) / (sd * math.sqrt(2)))


def normal_upper(x, mean=0.0, sd=1.0):
    return 0.5 * math.erfc((x - mean) / (sd * math.sqrt(2)))


def chisq_upper(x, df):
    """Q(x | df) for integer df (26.4.4 odd, 26.4.5 even)."""
    if x <= 0:
        return 1.0
    if df % 2 == 0:
        return math.exp(-x / 2) * sum((x / 2) ** k / math.factorial(k) for k in range(df // 2))
    z = math.sqrt(x)
    density = math.exp(-x / 2) / math.sqrt(2 * math.pi)
    series, term = 0.0, 0.0
    for r in range(1, (df - 1) // 2 + 1):
        term = z if r == 1 else term * x / (2 * r - 1)
        series += term
    return 2 * normal_upper(z) + 2 * density * series


def t_two_sided(t, df):
    """A(t | df) = P(|T| <= t), t >= 0, integer df (26.7.3 odd, 26.7.4 even)."""
    theta = math.atan(t / math.sqrt(df))
    s, c = math.sin(theta), math.cos(theta)
    if df % 2 == 1:
        if df == 1:
            return 2 * theta / math.pi
        series, term = c, c
        for k in range(1, (df - 3) // 2 + 1):
            term *= (2 * k) / (2 * k + 1) * c * c
            series += term
        return 2 / math.pi * (theta + s * series)
    series, term = 1.0, 1.0
    for k in range(1, (df - 2) // 2 + 1):
        term *= (2 * k - 1) / (2 * k) * c * c
        series += term
    return s * series


def t_cdf(t, df):
    a = t_two_sided(abs(t), df)
    return 0.5 + a / 2 if t >= 0 else 0.5 - a / 2


def f_upper(f, d1, d2):
    """Q(F | d1, d2) for an even d1 (26.6.4) or an even d2 (26.6.5)."""
    if f <= 0:
        return 1.0
    x = d2 / (d2 + d1 * f)
    if d1 % 2 == 0:
        series, term = 1.0, 1.0
        for k in range(1, d1 // 2):
            term *= (d2 + 2 * k - 2) / (2 * k) * (1 - x)
            series += term
        return x ** (d2 / 2) * series
    assert d2 % 2 == 0
    series, term = 1.0, 1.0
    for k in range(1, d2 // 2):
        term *= (d1 + 2 * k - 2) / (2 * k) * x
        series += term
    return 1 - (1 - x) ** (d1 / 2) * series


def invert(cdf, p, low, high):
    """Bisection on an increasing cdf to adjacent doubles."""
    while cdf(high) < p:
        low, high = high, high * 2
    for _ in range(3000):
        middle = low + (high - low) / 2
        if middle <= low or middle >= high:
            break
        if cdf(middle) < p:
            low = middle
        else:
            high = middle
    return high


def _density_check(cdf, density, a, b):
    """The series agree with a numerical integral of the density (guards the formulas above)."""
    grid = np.linspace(a, b, 200001)
    values = density(grid)
    integral = float(np.sum((values[1:] + values[:-1]) / 2 * np.diff(grid)))
    assert abs((cdf(b) - cdf(a)) - integral) < 1e-8, (cdf(b) - cdf(a), integral)


def _self_checks():
    chi_density = lambda df: (lambda x: x ** (df / 2 - 1) * np.exp(-x / 2) / (2 ** (df / 2) * math.gamma(df / 2)))
    for df in (3, 4, 5):
        _density_check(lambda x: 1 - chisq_upper(x, df), chi_density(df), 0.5, 9.0)
    for df in (3, 4, 5, 10):
        c = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))
        _density_check(lambda t: t_cdf(t, df), lambda t: c * (1 + t * t / df) ** (-(df + 1) / 2), -3.0, 2.5)
    for d1, d2 in ((5, 10), (4, 7), (2, 6), (3, 8)):
        c = math.gamma((d1 + d2) / 2) / (math.gamma(d1 / 2) * math.gamma(d2 / 2)) * (d1 / d2) ** (d1 / 2)
        _density_check(lambda f: 1 - f_upper(f, d1, d2),
                       lambda f: c * f ** (d1 / 2 - 1) * (1 + d1 * f / d2) ** (-(d1 + d2) / 2), 0.2, 4.0)
    # textbook table values
    assert abs(invert(lambda t: t_cdf(t, 10), 0.975, 0, 1) - 2.228139) < 1e-6
    assert abs(invert(lambda f: 1 - f_upper(f, 5, 10), 0.95, 0, 1) - 3.325835) < 1e-6
    assert abs(invert(lambda x: 1 - chisq_upper(x, 3), 0.95, 0, 1) - 7.814728) < 1e-6


# ---------------------------------------------------------------------------------------------
# the cases

A34 = np.array([[3, -1, 0, 2], [0, 4, -5, 1], [2, 0, 6, -3]], dtype=float)


def aggregate_cases():
    x = A34
    case("stats_full_aggregates", "Full aggregates of a matrix with negatives and zeros (var and sd divide by n-1).",
         f"X = {lit(x)}\n"
         "print(cbind(as.matrix(sum(X)), as.matrix(prod(X + 10)), as.matrix(mean(X)), as.matrix(var(X)), as.matrix(sd(X)),"
         " as.matrix(min(X)), as.matrix(max(X))))\n",
         mat([[x.sum(), np.prod(x + 10), x.mean(), sample_var(x), math.sqrt(sample_var(x)), x.min(), x.max()]]))
    case("stats_row_aggregates", "rowSums, rowMeans, rowMaxs, rowMins, rowVars, rowSds, rowProds.",
         f"X = {lit(x)}\n"
         "print(cbind(rowSums(X), rowMeans(X), rowMaxs(X), rowMins(X), rowVars(X), rowSds(X), rowProds(X)))\n",
         mat(np.column_stack([x.sum(1), x.mean(1), x.max(1), x.min(1), x.var(1, ddof=1), x.std(1, ddof=1), x.prod(1)])))
    case("stats_col_aggregates", "colSums, colMeans, colMaxs, colMins, colVars, colSds, colProds (direct column passes).",
         f"X = {lit(x)}\n"
         "print(rbind(colSums(X), colMeans(X), colMaxs(X), colMins(X), colVars(X), colSds(X), colProds(X)))\n",
         mat(np.vstack([x.sum(0), x.mean(0), x.max(0), x.min(0), x.var(0, ddof=1), x.std(0, ddof=1), x.prod(0)])))
    sparse = np.zeros((6, 5))
    sparse[0, 1], sparse[2, 3], sparse[4, 1], sparse[5, 0] = -2, -7, -1.5, 4
    case("stats_sparse_aggregates", "Implicit zeros of a mostly empty matrix count (reference §12.10): max of negatives is 0.",
         f"X = {lit(sparse)}\n"
         "print(cbind(as.matrix(max(X)), as.matrix(min(X)), as.matrix(mean(X)), as.matrix(var(X))))\n"
         "print(colMaxs(X))\nprint(colMins(X))\nprint(colVars(X))\nprint(t(rowMaxs(X)))\nprint(colMeans(X))\n",
         mat([[sparse.max(), sparse.min(), sparse.mean(), sample_var(sparse)]]) + mat([sparse.max(0)]) + mat([sparse.min(0)])
         + mat([sparse.var(0, ddof=1)]) + mat([sparse.max(1)]) + mat([sparse.mean(0)]))
    nan = np.array([[1, math.nan, 3], [4, 5, 6], [-1, 2, math.nan]])
    case("stats_nan_aggregates", "NaN propagates through sum, max, min, column and row aggregates (reference §12.9).",
         f"X = {lit(nan)}\n"
         "print(cbind(as.matrix(sum(X)), as.matrix(max(X)), as.matrix(min(X))))\n"
         "print(colSums(X))\nprint(colMaxs(X))\nprint(rowMins(X))\nprint(colMeans(X))\n",
         mat([[math.nan, math.nan, math.nan]]) + mat([nan.sum(0)]) + mat([np.max(nan, 0)]) + mat(col(np.min(nan, 1)))
         + mat([nan.mean(0)]))
    ties = np.array([[1, 3, 3], [math.nan, math.nan, math.nan], [2, math.nan, 1], [-1, 0, -2], [5, 5, 5], [0, -4, 0]])
    imax = [3, 1, 1, 2, 3, 3]
    imin = [1, 1, 3, 3, 3, 2]
    for i, row in enumerate(ties):
        present = [(v, j + 1) for j, v in enumerate(row) if not math.isnan(v)]
        if present:
            assert imax[i] == max(j for v, j in present if v == max(p for p, _ in present))
            assert imin[i] == max(j for v, j in present if v == min(p for p, _ in present))
    case("stats_row_index", "rowIndexMax/rowIndexMin: ties give the last index, NaN is skipped, an all-NaN row gives 1.",
         f"X = {lit(ties)}\nprint(cbind(rowIndexMax(X), rowIndexMin(X)))\n",
         mat(np.column_stack([imax, imin])))
    case("stats_var_single", "var and sd of one value are 0 (SystemDS); colVars of one row and rowVars of one column too.",
         'x = matrix(7, rows=1, cols=1)\nprint(cbind(as.matrix(var(x)), as.matrix(sd(x))))\n'
         'print(colVars(matrix("1 2 3", rows=1, cols=3)))\nprint(t(rowSds(matrix("4 5", rows=2, cols=1))))\n',
         mat([[0, 0]]) + mat([[0, 0, 0]]) + mat([[0, 0]]))


def moment_cases():
    x = col([2, 7, 1, 8, 2, 8, 1, 8, 2, 8])
    w = col([1, 2, 1, 3, 1, 1, 2, 1, 4, 1])
    y = col([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    case("stats_weighted_mean", "mean(x, w) = sum(w x) / sum(w).",
         f"x = {lit(x)}\nw = {lit(w)}\nprint(cbind(as.matrix(mean(x)), as.matrix(mean(x, w)), as.matrix(avg(x, w))))\n",
         mat([[x.mean(), np.sum(w * x) / np.sum(w), np.sum(w * x) / np.sum(w)]]))
    case("stats_moment", "moment(x, k) for k = 2, 3, 4 divides by n (reference §12.11).",
         f"x = {lit(x)}\nprint(cbind(as.matrix(moment(x, 2)), as.matrix(moment(x, 3)), as.matrix(centralMoment(x, 4))))\n",
         mat([[central_moment(x, 2), central_moment(x, 3), central_moment(x, 4)]]))
    case("stats_moment_weighted", "moment(x, w, k): weights as multiplicities.",
         f"x = {lit(x)}\nw = {lit(w)}\nprint(cbind(as.matrix(moment(x, w, 2)), as.matrix(moment(x, w, 3)), as.matrix(moment(x, w, 4))))\n",
         mat([[central_moment(x, 2, w), central_moment(x, 3, w), central_moment(x, 4, w)]]))
    assert abs(central_moment(x, 3, w) - central_moment(expanded(x, w), 3)) < 1e-9
    case("stats_cov", "cov(x, y) divides by n-1; cov(x, y, w) by sum(w)-1; cov(x, x) = var(x).",
         f"x = {lit(x)}\ny = {lit(y)}\nw = {lit(w)}\n"
         "print(cbind(as.matrix(cov(x, y)), as.matrix(cov(x, y, w)), as.matrix(round(1e9 * (cov(x, x) - var(x))))))\n",
         mat([[np.cov(x.ravel(), y.ravel())[0, 1], covariance(x, y, w), 0.0]]))
    assert abs(covariance(x, y) - np.cov(x.ravel(), y.ravel())[0, 1]) < 1e-12


def quantile_cases():
    odd = col([12, 3, 7, 25, 1, 9, 14])
    even = col([12, 3, 7, 25, 1, 9, 14, 5])
    ps = [0.1, 0.25, 0.5, 0.6, 0.75, 1.0]
    case("stats_quantile_odd", "quantile(x, p) = y_ceil(p n) for odd n.",
         f"x = {lit(odd)}\n" + "".join(f"print(as.matrix(quantile(x, {p})))\n" for p in ps),
         "".join(cell(quantile(odd, p)) for p in ps))
    case("stats_quantile_even", "Even n: the mean of y_ceil(p n) and the next when ceil(p n) < n (reference §12.11, current SystemDS).",
         f"x = {lit(even)}\n" + "".join(f"print(as.matrix(quantile(x, {p})))\n" for p in ps + [0.0]),
         "".join(cell(quantile(even, p)) for p in ps + [0.0]))
    probabilities = col([0.05, 0.5, 0.95, 0.3])
    case("stats_quantile_vector", "A column of probabilities gives a column of quantiles.",
         f"x = {lit(odd)}\nprint(quantile(x, {lit(probabilities)}))\n",
         mat(col([quantile(odd, p) for p in probabilities.ravel()])))
    x = col([4, 1, 9, 3, 6])
    w = col([2, 3, 1, 0, 2])
    case("stats_quantile_weighted", "Integer weights repeat values; sum(w) even averages as for even n.",
         f"x = {lit(x)}\nw = {lit(w)}\n" + "".join(f"print(as.matrix(quantile(x, w, {p})))\n" for p in (0.2, 0.5, 0.75, 0.9)),
         "".join(cell(quantile(x, p, w)) for p in (0.2, 0.5, 0.75, 0.9)))
    case("stats_median", "median: the middle value, or the mean of the two middle values for even n; weighted.",
         f"print(as.matrix(median({lit(odd)})))\nprint(as.matrix(median({lit(even)})))\n"
         f"print(as.matrix(median({lit(x)}, {lit(w)})))\nprint(as.matrix(median({lit(x)}, {lit(col([1, 1, 1, 1, 1]))})))\n",
         cell(median(odd)) + cell(median(even)) + cell(median(x, w)) + cell(median(x)))
    samples = [col([6, 5, 4, 3, 2, 1]), col([8, 1, 7, 2, 6, 3, 5, 4]), col([10, 2, 33, 4, 5, 16, 7, 8, 9, 1])]
    case("stats_iqm", "interQuartileMean: the middle half, straddling values counted by their fraction inside.",
         "".join(f"print(as.matrix(interQuartileMean({lit(s)})))\n" for s in samples)
         + f"print(as.matrix(interQuartileMean({lit(x)}, {lit(w)})))\n",
         "".join(cell(iqm(s)) for s in samples) + cell(iqm(x, w)))
    ten = col([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    case("stats_interquantile", "interQuantile(x, p): sorted values at positions ceil(p n) .. ceil((1-p) n).",
         f"x = {lit(ten)}\nprint(t(interQuantile(x, 0.25)))\nprint(t(interQuantile(x, 0.1)))\n"
         f"print(t(interQuantile({lit(x)}, {lit(w)}, 0.3)))\n",
         mat(inter_quantile(ten, 0.25).T) + mat(inter_quantile(ten, 0.1).T) + mat(inter_quantile(x, 0.3, w).T))
    case("stats_quantile_error", "A probability outside [0, 1] computed at run time is an error.",
         f"x = {lit(odd)}\np = sum(matrix(0.75, rows=2, cols=1))\nprint(quantile(x, p))\n",
         "", error="quantile() p must be in [0, 1], got 1.5")


def grouped_cases():
    target = col([4, 1, 7, 2, 2, 9, 5, 3])
    groups = col([1, 2, 1, 3, 2, 1, 3, 2])
    weights = col([2, 1, 0, 1, 3, 1, 1, 2])
    fns = ["sum", "count", "mean", "variance", "min", "max"]
    case("stats_aggregate_basic", "aggregate(): sum, count, mean, variance (n-1), min and max per group.",
         f"tg = {lit(target)}\ng = {lit(groups)}\n"
         + "print(cbind(" + ", ".join(f'aggregate(target=tg, groups=g, fn="{fn}")' for fn in fns) + "))\n",
         mat(np.column_stack([grouped(target, groups, fn)[:, 0] for fn in fns])))
    case("stats_aggregate_weighted", "Weighted aggregate(): weights act as multiplicities; min/max skip weight 0.",
         f"tg = {lit(target)}\ng = {lit(groups)}\nw = {lit(weights)}\n"
         + "print(cbind(" + ", ".join(f'groupedAggregate(target=tg, groups=g, weights=w, fn="{fn}")' for fn in fns) + "))\n",
         mat(np.column_stack([grouped(target, groups, fn, weights)[:, 0] for fn in fns])))
    case("stats_aggregate_ngroups", "ngroups pads empty groups with 0 and drops larger group ids.",
         f"tg = {lit(target)}\ng = {lit(groups)}\n"
         'print(t(aggregate(target=tg, groups=g, fn="sum", ngroups=5)))\n'
         'print(t(aggregate(target=tg, groups=g, fn="mean", ngroups=2)))\n'
         'print(t(aggregate(target=tg, groups=g, fn="count", ngroups=4)))\n',
         mat(grouped(target, groups, "sum", ngroups=5).T) + mat(grouped(target, groups, "mean", ngroups=2).T)
         + mat(grouped(target, groups, "count", ngroups=4).T))
    wide = np.array([[1, 10, -1], [2, 20, -2], [3, 30, -3], [4, 40, -4], [5, 50, -5]], dtype=float)
    wide_groups = col([2, 1, 2, 3, 1])
    case("stats_aggregate_matrix", "A multi-column target with ngroups gives ngroups x ncol(target).",
         f"T = {lit(wide)}\ng = {lit(wide_groups)}\n"
         'print(aggregate(target=T, groups=g, fn="sum", ngroups=3))\n'
         'print(aggregate(target=T, groups=g, fn="variance", ngroups=4))\n',
         mat(grouped(wide, wide_groups, "sum", ngroups=3)) + mat(grouped(wide, wide_groups, "variance", ngroups=4)))
    case("stats_aggregate_centralmoment", "aggregate(fn=\"centralmoment\", order=k) divides by the group size.",
         f"tg = {lit(target)}\ng = {lit(groups)}\n"
         + "print(cbind(" + ", ".join(f'aggregate(target=tg, groups=g, fn="centralmoment", order={k})' for k in (2, 3, 4)) + "))\n",
         mat(np.column_stack([grouped(target, groups, "centralmoment", order=k)[:, 0] for k in (2, 3, 4)])))
    case("stats_aggregate_error", "A group id below 1 is an error.",
         f'tg = {lit(target)}\ng = {lit(col([1, 2, 0, 1, 1, 2, 2, 1]))}\nprint(aggregate(target=tg, groups=g, fn="sum"))\n',
         "", error="aggregate() group ids must be at least 1, got 0.0")


def cumulative_cases():
    x = np.array([[1, -2, 0.5], [3, 4, -1], [-2, 1, 2], [0, 3, -0.5], [5, -1, 1]])
    case("stats_cumulative", "cumsum, cumprod, cummin, cummax run down each column.",
         f"X = {lit(x)}\nprint(cumsum(X))\nprint(cumprod(X))\nprint(cummin(X))\nprint(cummax(X))\n",
         mat(np.cumsum(x, 0)) + mat(np.cumprod(x, 0)) + mat(np.minimum.accumulate(x, 0)) + mat(np.maximum.accumulate(x, 0)))
    nan = np.array([[1, 2], [math.nan, 0], [3, 5]])
    case("stats_cumulative_nan", "NaN propagates down its column in cumsum and cummax (Java Math.max).",
         f"X = {lit(nan)}\nprint(cumsum(X))\nprint(cummax(X))\n",
         mat(np.cumsum(nan, 0)) + mat(np.maximum.accumulate(nan, 0)))
    pairs = np.array([[1, 0.5], [2, 2], [0, -1], [4, 0.25], [-1, 3]])
    c, previous = [], 0.0
    for a, b in pairs:
        previous = a + b * previous
        c.append(previous)
    case("stats_cumsumprod", "cumsumprod(X): c[i] = X[i,1] + X[i,2] * c[i-1].",
         f"X = {lit(pairs)}\nprint(t(cumsumprod(X)))\n", mat([c]))
    square = np.array([[2, 9, 1], [4, -3.5, 7], [0, 8, 10]])
    case("stats_trace", "trace (alias tr) sums the diagonal.",
         f"X = {lit(square)}\nprint(cbind(as.matrix(trace(X)), as.matrix(tr(X %*% X))))\n",
         mat([[np.trace(square), np.trace(square @ square)]]))


def linalg_cases():
    a = np.array([[4, -2, 1], [3, 6, -4], [2, 1, 8]], dtype=float)
    case("linalg_inv", "inv(A) and inverse(A) %*% A = I.",
         f"A = {lit(a)}\nprint(inv(A))\nprint(round(inverse(A) %*% A))\n",
         mat(np.linalg.inv(a)) + mat(np.round(np.linalg.inv(a) @ a)))
    b = np.array([[2, -1, 0, 3], [1, 4, -2, 0], [0, 1, 5, -1], [3, 0, 1, 2]], dtype=float)
    case("linalg_det", "det of 2 x 2, 3 x 3 and 4 x 4 matrices and of a singular one.",
         f'print(cbind(as.matrix(det({lit([[1, 2], [3, 4]])})), as.matrix(det({lit(a)})), as.matrix(det({lit(b)})),'
         f' as.matrix(det({lit([[1, 2], [2, 4]])}))))\n',
         mat([[np.linalg.det(np.array([[1, 2], [3, 4]])), np.linalg.det(a), np.linalg.det(b), 0.0]]))
    spd = np.array([[4, 12, -16], [12, 37, -43], [-16, -43, 98]], dtype=float)
    case("linalg_cholesky", "cholesky(A): lower L with L %*% t(L) = A.",
         f"A = {lit(spd)}\nL = cholesky(A)\nprint(L)\nprint(round(1e9 * L %*% t(L)) / 1e9)\n",
         mat(np.linalg.cholesky(spd)) + mat(spd))
    case("linalg_cholesky_error", "A symmetric matrix that is not positive definite is an error.",
         f"print(cholesky({lit([[1, 2], [2, 1]])}))\n", "", error="cholesky() needs a positive definite matrix")
    sym = np.array([[4, 1, 2], [1, 3, 0], [2, 0, 5]], dtype=float)
    w, v = np.linalg.eigh(sym)
    case("linalg_eigen", "[w, V] = eigen(A): w ascending, A V = V diag(w), V orthonormal.",
         f"A = {lit(sym)}\n[w, V] = eigen(A)\nprint(t(w))\nprint(round(1e9 * V %*% diag(w) %*% t(V)) / 1e9)\nprint(round(t(V) %*% V))\n"
         "print(as.matrix(max(abs(A %*% V - V %*% diag(w))) < 1e-12))\n",
         mat([w]) + mat(np.round(1e9 * v @ np.diag(w) @ v.T) / 1e9) + mat(np.eye(3)) + cell(1))
    diagonal = np.diag([5.0, -2.0, 3.0, 0.5])
    case("linalg_eigen_sorted", "eigen of a diagonal matrix returns its diagonal in ascending order.",
         f"[w, V] = eigen({lit(diagonal)})\nprint(t(w))\nprint(abs(V))\n",
         mat([sorted(np.diag(diagonal))]) + mat(np.abs(np.linalg.eigh(diagonal)[1])))
    lu_input = np.array([[1, 2, 0], [3, 1, 4], [2, 5, 1]], dtype=float)
    p, l, u = lu_partial_pivoting(lu_input)
    case("linalg_lu", "[P, L, U] = lu(A): partial pivoting, P %*% A = L %*% U.",
         f"A = {lit(lu_input)}\n[P, L, U] = lu(A)\nprint(P)\nprint(L)\nprint(U)\nprint(round(1e9 * (P %*% A - L %*% U)))\n",
         mat(p) + mat(l) + mat(u) + mat(np.zeros((3, 3))))
    tall = np.array([[2, 1], [1, 3], [2, -1], [-1, 2]], dtype=float)
    h, r = householder(tall)
    q_loop = ("Q = diag(matrix(1, rows=nrow(H), cols=1))\n"
              "for (j in ncol(H):1) {\n  h = H[, j]\n  Q = Q - (h %*% (t(h) %*% Q)) / as.scalar(H[j, j])\n}\n")
    case("linalg_qr", "[H, R] = qr(A): Householder vectors (Commons Math convention) and R; Q from H gives Q R = A.",
         f"A = {lit(tall)}\n[H, R] = qr(A)\nprint(H)\nprint(R)\n{q_loop}print(round(1e9 * Q %*% R) / 1e9)\n",
         mat(h) + mat(r) + mat(tall))
    square = np.array([[3, 1, -2], [-4, 2, 1], [0, 5, 2]], dtype=float)
    hs, rs = householder(square)
    case("linalg_qr_square", "qr of a square matrix with a negative leading entry (R[1,1] > 0).",
         f"A = {lit(square)}\n[H, R] = qr(A)\nprint(H)\nprint(R)\n{q_loop}print(round(1e9 * Q %*% R) / 1e9)\n",
         mat(hs) + mat(rs) + mat(square))
    m = np.array([[1, 2, 0], [3, -1, 4], [2, 2, 1], [0, 1, -3]], dtype=float)
    s = np.linalg.svd(m, compute_uv=False)
    case("linalg_svd", "[U, S, V] = svd(A), thin: U S t(V) = A, singular values descending.",
         f"A = {lit(m)}\n[U, S, V] = svd(A)\nprint(S)\nprint(round(1e9 * U %*% S %*% t(V)) / 1e9)\nprint(round(t(U) %*% U))\n"
         "print(cbind(as.matrix(nrow(U)), as.matrix(ncol(U)), as.matrix(nrow(V)), as.matrix(ncol(V))))\n",
         mat(np.diag(s)) + mat(m) + mat(np.eye(3)) + mat([[4, 3, 3, 3]]))
    wide = m.T
    case("linalg_svd_wide", "svd of a wide matrix is thin too (k = nrow).",
         f"A = {lit(wide)}\n[U, S, V] = svd(A)\nprint(S)\nprint(round(1e9 * U %*% S %*% t(V)) / 1e9)\n"
         "print(cbind(as.matrix(nrow(U)), as.matrix(ncol(U)), as.matrix(nrow(V)), as.matrix(ncol(V))))\n",
         mat(np.diag(np.linalg.svd(wide, compute_uv=False))) + mat(wide) + mat([[3, 3, 4, 3]]))
    rhs = col([1, -2, 3])
    case("linalg_solve", "solve(A, b) for a square A.",
         f"print(solve({lit(a)}, {lit(rhs)}))\n", mat(np.linalg.solve(a, rhs)))
    case("linalg_inv_singular", "inv of a singular matrix is an error.",
         f"print(inv({lit([[1, 2, 3], [2, 4, 6], [1, 0, 1]])}))\n", "", error="inv(): the 3 x 3 matrix A is singular")


def distribution_cases():
    qs = [-1.5, 0.0, 0.7, 1.96, 3.2]
    case("dist_normal", "pnorm, qnorm and cdf/icdf with mean and sd; lower.tail=FALSE.",
         "".join(f"print(round(pnorm({q}) * 1e6) / 1e6)\n" for q in qs)
         + "print(round(pnorm(5, mean=3, sd=2) * 1e6) / 1e6)\n"
         + "print(round(pnorm(1.3, lower.tail=FALSE) * 1e6) / 1e6)\n"
         + "".join(f"print(round(qnorm({p}) * 1e6) / 1e6)\n" for p in (0.025, 0.5, 0.9, 0.999))
         + "print(round(icdf(target=0.3, dist=\"normal\", mean=10, sd=4) * 1e6) / 1e6)\n",
         "".join(r6(normal_cdf(q)) for q in qs) + r6(normal_cdf(5, 3, 2)) + r6(normal_upper(1.3))
         + "".join(r6(invert(normal_cdf, p, -40, 1)) if p < 0.5 else r6(invert(normal_cdf, p, 0, 1)) for p in (0.025, 0.5, 0.9, 0.999))
         + r6(invert(lambda x: normal_cdf(x, 10, 4), 0.3, -100, 1)))
    case("dist_exp", "pexp and qexp with a rate: 1 - exp(-rate x) and its inverse.",
         "".join(f"print(round(pexp({q}, rate=1.5) * 1e6) / 1e6)\n" for q in (0.1, 1.0, 2.5))
         + "print(round(pexp(2, lower.tail=FALSE) * 1e6) / 1e6)\n"
         + "".join(f"print(round(qexp({p}, rate=0.5) * 1e6) / 1e6)\n" for p in (0.1, 0.5, 0.99)),
         "".join(r6(1 - math.exp(-1.5 * q)) for q in (0.1, 1.0, 2.5)) + r6(math.exp(-2))
         + "".join(r6(-math.log(1 - p) / 0.5) for p in (0.1, 0.5, 0.99)))
    chi = [(0.5, 1), (2.0, 2), (3.3, 3), (7.0, 4), (4.2, 5)]
    case("dist_chisq", "pchisq and qchisq for several degrees of freedom.",
         "".join(f"print(round(pchisq({x}, df={df}) * 1e6) / 1e6)\n" for x, df in chi)
         + "print(round(pchisq(9.5, df=3, lower.tail=FALSE) * 1e6) / 1e6)\n"
         + "".join(f"print(round(qchisq({p}, df={df}) * 1e6) / 1e6)\n" for p, df in ((0.95, 3), (0.5, 4), (0.01, 2), (0.9, 5))),
         "".join(r6(1 - chisq_upper(x, df)) for x, df in chi) + r6(chisq_upper(9.5, 3))
         + "".join(r6(invert(lambda x, df=df: 1 - chisq_upper(x, df), p, 0, 1)) for p, df in ((0.95, 3), (0.5, 4), (0.01, 2), (0.9, 5))))
    ts = [(-2.1, 1), (0.8, 2), (1.7, 3), (-0.4, 5), (2.3, 10)]
    case("dist_t", "pt and qt (Student's t) for several degrees of freedom; qt is symmetric.",
         "".join(f"print(round(pt({t}, df={df}) * 1e6) / 1e6)\n" for t, df in ts)
         + "print(round(pt(2.5, df=4, lower.tail=FALSE) * 1e6) / 1e6)\n"
         + "".join(f"print(round(qt({p}, df={df}) * 1e6) / 1e6)\n" for p, df in ((0.975, 10), (0.9, 3), (0.05, 5), (0.7, 1))),
         "".join(r6(t_cdf(t, df)) for t, df in ts) + r6(1 - t_cdf(2.5, 4))
         + "".join(r6(invert(lambda t, df=df: t_cdf(t, df), p, -1e6, 1)) for p, df in ((0.975, 10), (0.9, 3), (0.05, 5), (0.7, 1))))
    fs = [(1.2, 2, 6), (3.0, 5, 10), (0.8, 4, 7), (2.2, 3, 8)]
    case("dist_f", "pf and qf (F distribution) for several degrees of freedom.",
         "".join(f"print(round(pf({f}, df1={d1}, df2={d2}) * 1e6) / 1e6)\n" for f, d1, d2 in fs)
         + "print(round(pf(4.1, df1=4, df2=7, lower.tail=FALSE) * 1e6) / 1e6)\n"
         + "".join(f"print(round(qf({p}, df1={d1}, df2={d2}) * 1e6) / 1e6)\n" for p, d1, d2 in ((0.95, 5, 10), (0.5, 2, 6), (0.99, 4, 7))),
         "".join(r6(1 - f_upper(f, d1, d2)) for f, d1, d2 in fs) + r6(f_upper(4.1, 4, 7))
         + "".join(r6(invert(lambda f, d1=d1, d2=d2: 1 - f_upper(f, d1, d2), p, 0, 1)) for p, d1, d2 in ((0.95, 5, 10), (0.5, 2, 6), (0.99, 4, 7))))
    case("dist_cdf_general", "cdf/icdf with a dist string give the same values as the shorthands.",
         'print(round(cdf(target=1.1, dist="t", df=6) * 1e6) / 1e6)\n'
         'print(round(cdf(target=2.4, dist="f", df1=4, df2=9, lower.tail=FALSE) * 1e6) / 1e6)\n'
         'print(round(icdf(target=0.8, dist="chisq", df=6) * 1e6) / 1e6)\n'
         'print(round(icdf(target=0.25, dist="exp", rate=3) * 1e6) / 1e6)\n'
         'print(icdf(target=0.5, dist="t", df=3))\nprint(cdf(target=0, dist="normal"))\n',
         r6(t_cdf(1.1, 6)) + r6(f_upper(2.4, 4, 9)) + r6(invert(lambda x: 1 - chisq_upper(x, 6), 0.8, 0, 1))
         + r6(-math.log(0.75) / 3) + dmlfmt.lines(0.0, 0.5))
    case("dist_error", "A probability outside [0, 1] at run time is an error.",
         "p = sum(matrix(0.75, rows=2, cols=1))\nprint(qnorm(p))\n", "", error="qnorm() needs a probability in [0, 1], got 1.5")
    case("dist_parameter_error", "A non-positive degree of freedom at run time is an error.",
         "d = sum(matrix(-1, rows=2, cols=1))\nprint(pt(1, df=d))\n", "", error="pt() needs a positive df, got -2.0")


def cell_math_cases():
    x = np.array([[-7, 7, -7.5, 2.5], [5, -0.5, -3.5, 3.7]])
    mod_b = 2.0

    def java_round(v):
        return 9.223372036854775807e18 if v >= 2 ** 63 else math.floor(v + 0.5) + 0.0

    def trunc_div(a, b):
        return math.copysign(math.floor(abs(a / b) + 2 ** -53), a / b)
    case("stats_cellmath", "round (Java Math.round), %/% and %% (truncating, SystemDS) on matrix cells.",
         f"X = {lit(x)}\nprint(round(X))\nprint(X %/% 2)\nprint(X %% 2)\n",
         mat([[java_round(v) for v in row] for row in x])
         + mat([[trunc_div(v, mod_b) for v in row] for row in x])
         + mat([[v - trunc_div(v, mod_b) * mod_b for v in row] for row in x]))


def main():
    _self_checks()
    aggregate_cases()
    moment_cases()
    quantile_cases()
    grouped_cases()
    cumulative_cases()
    linalg_cases()
    distribution_cases()
    cell_math_cases()
    for name, description, dml, expected, error in CASES:
        with open(os.path.join(dmlfmt.CONFORMANCE, name + ".dml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# {description}\n# Generated by generators/stats.py; expected output recomputed there with NumPy.\n{dml}")
        if expected:
            dmlfmt.write_expected(name, expected)
        if error is not None:
            with open(os.path.join(dmlfmt.CONFORMANCE, name + ".error"), "w", encoding="utf-8", newline="\n") as f:
                f.write(error + "\n")
    print(f"wrote {len(CASES)} scripts")


if __name__ == "__main__":
    main()
