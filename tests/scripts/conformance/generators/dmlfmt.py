"""DML's text conventions in Python, for the generators of conformance .expected files.

Each generator re-computes what a conformance script prints (with NumPy or by hand) and formats
it the way DmlNet must print it. This module is the only place that knows those conventions:
  java_double(x)   Java's Double.toString (print of a double scalar, string concatenation)
  scalar(v)        any scalar: int as is, bool as TRUE/FALSE, float via java_double, str as is
  to_string(M)     DML toString of a matrix (Java DecimalFormat: half-even, no grouping)
  print_matrix(M)  what print(M) writes: toString plus print's own newline
Run a generator with Debian's python: /usr/bin/python3 tests/scripts/conformance/generators/NAME.py
"""
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_EVEN, localcontext
import math
import os

CONFORMANCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def java_double(x):
    """Java's Double.toString: shortest round-trip digits, plain in [1e-3, 1e7), else d.dddEn."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    sign = "-" if x < 0 else ""
    digits, exponent = _shortest(abs(x))
    if -3 <= exponent < 7:
        if exponent >= 0:
            whole = digits.ljust(exponent + 1, "0")
            integer, fraction = whole[: exponent + 1], whole[exponent + 1:] or "0"
            return f"{sign}{integer}.{fraction}"
        return f"{sign}0.{'0' * (-exponent - 1)}{digits}"
    return f"{sign}{digits[0]}.{digits[1:] or '0'}E{exponent}"


def _shortest(x):
    """(digits, e) with x = d1.d2d3... * 10^e: the shortest round-trip digits (repr), except that Java
    shows the nearest two-digit decimal where one digit would do (only subnormals differ:
    Double.MIN_VALUE is 4.9E-324)."""
    text = repr(x)
    if "." not in text and "e" in text:
        text = f"{x:.1e}"
    mantissa, _, exp = text.partition("e")
    exponent = int(exp) if exp else 0
    integer, _, fraction = mantissa.partition(".")
    all_digits = (integer + fraction).lstrip("0")
    leading = len(integer + fraction) - len((integer + fraction).lstrip("0"))
    point = len(integer) - leading + exponent
    return all_digits.rstrip("0") or "0", point - 1


def scalar(v):
    """The text print() shows for a DML scalar given as a Python value."""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return v
    return java_double(v)


def decimal_format(x, decimal=3):
    """SystemDS's DecimalFormat: min `decimal`, max max(3, decimal) fraction digits, half-even.

    Like Java it rounds the shortest round-trip digits (repr) and decides a tie in them by the
    exact binary value (up when the double lies above the digits, down when below, even when equal);
    a negative value that rounds to zero keeps its sign.
    """
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return java_double(x)
    maximum = max(3, decimal)
    negative = math.copysign(1.0, x) < 0
    with localcontext() as context:
        context.prec = 800
        shortest = Decimal(repr(abs(x)))
        step = Decimal(1).scaleb(-maximum)
        down = shortest.quantize(step, rounding=ROUND_DOWN)
        remainder = shortest - down
        if remainder * 2 > step:
            rounded = down + step
        elif remainder * 2 < step or remainder == 0:
            rounded = down
        else:
            exact = Decimal(abs(x))
            if exact != shortest:
                rounded = down + step if exact > shortest else down
            else:
                rounded = shortest.quantize(step, rounding=ROUND_HALF_EVEN)
    text = f"{rounded:f}"
    integer, _, fraction = text.partition(".")
    fraction = fraction.ljust(maximum, "0")
    while len(fraction) > max(0, decimal) and fraction.endswith("0"):
        fraction = fraction[:-1]
    body = integer + ("." + fraction if fraction else "")
    return ("-" if negative else "") + body


def to_string(matrix, decimal=3, sep=" ", linesep="\n", rows=100, cols=100, sparse=False):
    """DML toString of a matrix given as a 2-D sequence (NumPy array or nested lists)."""
    data = [[float(v) for v in row] for row in matrix]
    n = min(rows, len(data)) if rows >= 0 else len(data)
    m = min(cols, len(data[0]) if data else 0) if cols >= 0 else (len(data[0]) if data else 0)
    out = []
    for i in range(n):
        if sparse:
            for j in range(m):
                if data[i][j] != 0:
                    out.append(f"{i + 1}{sep}{j + 1}{sep}{decimal_format(data[i][j], decimal)}{linesep}")
            continue
        cells = [decimal_format(0.0 if data[i][j] == 0 else data[i][j], decimal) for j in range(m)]
        if m > 0:
            out.append(sep.join(cells) + linesep)
    return "".join(out)


def print_matrix(matrix, **layout):
    """What print(M) writes for a matrix: its toString and print's newline."""
    return to_string(matrix, **layout) + "\n"


def write_expected(name, text):
    """Writes tests/scripts/conformance/NAME.expected (text must end with a newline, as print writes)."""
    with open(os.path.join(CONFORMANCE, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def lines(*values):
    """print() output of several scalars, one per line."""
    return "".join(scalar(v) + "\n" for v in values)
