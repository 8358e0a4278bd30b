#!/usr/bin/python3
"""NumPy counterparts of the DML scripts in bench/scripts, at the sizes the driver passes.

Usage: numpy_ops.py [--reps N] [--threads T] [--coretype NAME] CASE:k=v,k=v ...
  CASE is one of scalar_loop, lix_scalar, ew_fma, exp, transpose, sum, row_sums, col_sums, matmul.
Prints one line per case: "CASE:ARGS median_s min_s max_s" (after one warm-up run each).
The inputs are generated outside the timed region, as the DmlNet driver times only the
instructions of the computation (or the whole loop for the loop cases).
"""
import argparse
import os

ap = argparse.ArgumentParser()
ap.add_argument("--reps", type=int, default=5)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--coretype", default="SkylakeX", help="OPENBLAS_CORETYPE ('' keeps OpenBLAS's own choice)")
ap.add_argument("cases", nargs="*")
args = ap.parse_args()

for v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ[v] = str(args.threads)
if args.coretype:
    os.environ["OPENBLAS_CORETYPE"] = args.coretype

import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402


def scalar_loop(n):
    def run():
        s = 0.0
        for _ in range(n):
            s = s + 1.0
        return s
    return run


def lix_scalar(n):
    x = np.zeros((1, 1))

    def run():
        s = 0.0
        for i in range(1, n + 1):
            x[0, 0] = i
            s = s + float(x[0, 0])
        return s
    return run


def cells(rows, cols, seed):
    return np.random.default_rng(seed).random((rows, cols))


def ew_fma(rows, cols):
    x, y, z = cells(rows, cols, 1), cells(rows, cols, 2), cells(rows, cols, 3)
    return lambda: x * y + z


def exp(rows, cols):
    x = cells(rows, cols, 1)
    return lambda: np.exp(x)


def transpose(rows, cols):
    x = cells(rows, cols, 1)
    return lambda: np.ascontiguousarray(x.T)


def sum_(rows, cols):
    x = cells(rows, cols, 1)
    return lambda: x.sum()


def row_sums(rows, cols):
    x = cells(rows, cols, 1)
    return lambda: x.sum(axis=1)


def col_sums(rows, cols):
    x = cells(rows, cols, 1)
    return lambda: x.sum(axis=0)


def matmul(n):
    rng = np.random.default_rng(0)
    a = rng.uniform(-1, 1, (n, n))
    b = rng.uniform(-1, 1, (n, n))
    return lambda: a @ b


CASES = {"scalar_loop": scalar_loop, "lix_scalar": lix_scalar, "ew_fma": ew_fma, "exp": exp, "transpose": transpose, "sum": sum_,
         "row_sums": row_sums, "col_sums": col_sums, "matmul": matmul}

for spec in args.cases:
    name, _, params = spec.partition(":")
    kwargs = {k: int(v) for k, v in (p.split("=") for p in params.split(",") if p)}
    run = CASES[name](**kwargs)
    run()
    times = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    print("%s %.6g %.6g %.6g" % (spec, statistics.median(times), min(times), max(times)), flush=True)
