"""Expected output of the frames_* conformance scripts, recomputed in plain Python.

A frame is modelled as column names (None for SystemDS's defaults C1..Cn), a schema of SystemDS type
names (STRING FP64 INT64 BOOLEAN) and rows of Python values (str, float, int, bool, None = missing).
The transform functions follow reference section 9 and the choices documented in docs/frames.md:
recode codes in first-seen order, dummycode one-hot in place, equi-width/equi-height bins with
SystemDS's boundary and code rules, global_mean/global_mode/constant imputation, omit.
Run: /usr/bin/python3 tests/scripts/conformance/generators/frames.py
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dmlfmt as fmt  # noqa: E402

DATA = os.path.join(fmt.CONFORMANCE, "data", "frames")
TYPES = {"string": "STRING", "double": "FP64", "int": "INT64", "boolean": "BOOLEAN"}
SEP = "\u00b7"


class Frame:
    def __init__(self, names, schema, rows):
        self.names, self.schema, self.rows = names, schema, rows

    def colnames(self):
        return self.names or [f"C{j + 1}" for j in range(len(self.schema))]


def parse(text, vt):
    if vt == "FP64":
        return float(text)
    if vt == "INT64":
        return int(text)
    if vt == "BOOLEAN":
        return text.lower() in ("true", "t", "1")
    return text


def read_csv(name, header=False, schema=None, na=()):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    names = lines[0].split(",") if header else None
    body = [line.split(",") for line in (lines[1:] if header else lines)]
    ncol = len(names) if names else len(body[0])
    types = [TYPES[t] for t in schema.split(",")] if schema else ["STRING"] * ncol
    rows = [[None if (v == "" or v in na) else parse(v, types[j]) for j, v in enumerate(r)] for r in body]
    return Frame(names, types, rows)


def cell(v, vt, decimal):
    if v is None:
        return "null"
    if vt == "FP64":
        return fmt.decimal_format(v, decimal)
    if vt == "BOOLEAN":
        return "TRUE" if v else "FALSE"
    return str(v)


def to_string(F, rows=100, cols=100, decimal=3, sep=" ", linesep="\n"):
    n, m = min(rows, len(F.rows)), min(cols, len(F.schema))
    out = f"# FRAME: nrow = {len(F.rows)}, ncol = {len(F.schema)}{linesep}"
    out += "#" + sep + sep.join(F.colnames()[:m]) + linesep
    out += "#" + sep + sep.join(F.schema[:m]) + linesep
    for r in F.rows[:n]:
        out += sep.join(cell(r[j], F.schema[j], decimal) for j in range(m)) + linesep
    return out


def show(F, **layout):
    """What print(F) writes."""
    return to_string(F, **layout) + "\n"


def index(F, r0, r1, c0, c1):
    """F[r0:r1, c0:c1] with 1-based inclusive bounds; default names are renumbered."""
    names = F.names[c0 - 1:c1] if F.names else None
    return Frame(names, F.schema[c0 - 1:c1], [r[c0 - 1:c1] for r in F.rows[r0 - 1:r1]])


def as_matrix(F):
    def number(v, vt):
        if v is None:
            return math.nan
        if vt == "BOOLEAN":
            return 1.0 if v else 0.0
        return float(v)
    return [[number(v, F.schema[j]) for j, v in enumerate(r)] for r in F.rows]


def token(v, vt):
    if vt == "FP64":
        return fmt.java_double(v)
    if vt == "BOOLEAN":
        return "true" if v else "false"
    return str(v)


def missing(v):
    return v is None or v == "" or (isinstance(v, float) and math.isnan(v))


def equi_width(values, k):
    lo, hi = min(values), max(values)
    k = 1 if lo == hi else k
    bounds = [(lo + i * (hi - lo) / k, lo + (i + 1) * (hi - lo) / k) for i in range(k)]

    def code(v):
        if lo == hi:
            return 1
        return min(max(math.ceil((v - lo) / (hi - lo) * k), 1), k)
    return bounds, code


def equi_height(values, k):
    s = sorted(values)
    n = len(s)
    maxs = []
    for i in range(k):
        pos = n * (i + 1.0) / k
        maxs.append(s[int(pos) - 1] if pos % 1 == 0 else s[math.floor(pos)])
    maxs[-1] = s[-1]
    mins = [s[0]] + maxs[:-1]

    def code(v):
        for i in range(k - 1):
            if v <= maxs[i]:
                return i + 1
        return k
    return list(zip(mins, maxs)), code


class Encoding:
    """The built transformation of one column."""

    def __init__(self, recode=None, bins=None, code=None, dummy=False, impute=None):
        self.recode, self.bins, self.code, self.dummy, self.impute = recode, bins, code, dummy, impute

    def width(self):
        return len(self.recode or self.bins or [0]) if self.dummy else 1

    def encode(self, v, vt):
        if missing(v):
            if self.impute is None:
                return math.nan
            v, vt = self.impute, "STRING"
        if self.recode is not None:
            return self.recode.get(token(v, vt), math.nan)
        x = float(v)
        return self.code(x) if self.code else x


def build(F, recode=(), dummy=(), bins=None, impute=None):
    """One Encoding per column from the data; bins: {name: (method, k)}, impute: {name: (method, value)}."""
    bins, impute = bins or {}, impute or {}
    out = []
    for j, name in enumerate(F.colnames()):
        vt = F.schema[j]
        present = [r[j] for r in F.rows if not missing(r[j])]
        e = Encoding(dummy=name in dummy)
        if name in recode or (name in dummy and name not in bins):
            e.recode = {}
            for v in present:
                e.recode.setdefault(token(v, vt), len(e.recode) + 1)
        if name in bins:
            method, k = bins[name]
            e.bins, e.code = (equi_width if method == "equi-width" else equi_height)([float(v) for v in present], k)
        if name in impute:
            method, value = impute[name]
            if method == "global_mean":
                e.impute = fmt.java_double(sum(float(v) for v in present) / len(present))
            elif method == "global_mode":
                tokens = [token(v, vt) for v in present]
                e.impute = max(dict.fromkeys(tokens), key=tokens.count)
            else:
                e.impute = value
        out.append(e)
    return out


def apply(F, encodings, omit=()):
    names = F.colnames()
    kept = [r for r in F.rows if not any(missing(r[names.index(c)]) for c in omit)]
    X = []
    for r in kept:
        row = []
        for j, e in enumerate(encodings):
            c = e.encode(r[j], F.schema[j])
            if e.dummy:
                row += [1.0 if not math.isnan(c) and c == k + 1 else 0.0 for k in range(e.width())]
            else:
                row.append(c)
        X.append(row)
    return X


def metadata(F, encodings):
    columns = []
    for e in encodings:
        if e.recode is not None:
            columns.append([f"{t}{SEP}{c}" for t, c in sorted(e.recode.items(), key=lambda p: p[1])])
        elif e.bins is not None:
            columns.append([f"{fmt.java_double(lo)}{SEP}{fmt.java_double(hi)}" for lo, hi in e.bins])
        else:
            columns.append([])
    n = max((len(c) for c in columns), default=0)
    rows = [[c[i] if i < len(c) else None for c in columns] for i in range(n)]
    return Frame(F.colnames(), ["STRING"] * len(columns), rows)


def decode(X, F, encodings):
    """transformdecode with the encodings of F: tokens for recoded/dummycoded columns, numbers otherwise."""
    inverse = [{c: t for t, c in e.recode.items()} if e.recode is not None else None for e in encodings]
    rows = []
    for x in X:
        row, offset = [], 0
        for j, e in enumerate(encodings):
            if e.dummy:
                hot = [k + 1 for k in range(e.width()) if x[offset + k] != 0]
                code = hot[0] if hot else None
            else:
                code = None if math.isnan(x[offset]) else int(x[offset])
            row.append(inverse[j].get(code) if inverse[j] is not None else float(x[offset]))
            offset += e.width()
        rows.append(row)
    schema = ["STRING" if e.recode is not None else "FP64" for e in encodings]
    return Frame(F.colnames(), schema, rows)


def matrix(rows):
    return fmt.print_matrix(rows)


PEOPLE = dict(header=True, schema="string,int,double,boolean", na=("NA",))
CITIES = dict(header=True, schema="string,string,double,double")
NUMS = dict(schema="int,double,boolean")


def main():
    people = read_csv("people.csv", **PEOPLE)
    cities = read_csv("cities.csv", **CITIES)
    nums = read_csv("nums.csv", **NUMS)
    w = fmt.write_expected

    w("frames_read_csv_header", show(people) + "nrow=4 ncol=4 length=16\n")

    strings = read_csv("nums.csv")
    w("frames_read_default_strings", show(strings) + strings.rows[1][1] + "!\n")

    w("frames_tostring_layout", show(people, rows=2, cols=3) + show(people, sep=" | ", linesep=";\n")
      + show(index(people, 1, 4, 3, 3), decimal=5))

    w("frames_right_index", show(index(people, 2, 3, 2, 3)) + show(index(people, 4, 4, 1, 4))
      + show(index(people, 1, 4, 1, 1)) + show(index(read_csv("nums.csv", schema="int,double,boolean"), 1, 2, 2, 3)))

    left = Frame(None, ["INT64", "FP64", "BOOLEAN"], [list(r) for r in nums.rows])
    left.rows[0][1] = 9.0
    text = show(left)
    left.schema[0] = "FP64"
    left.rows = [[float(r[0])] + r[1:] for r in left.rows]
    left.rows[1][0], left.rows[2][0] = 0.5, 0.25
    text += show(left)
    left.schema[2] = "STRING"
    left.rows = [r[:2] + [token(r[2], "BOOLEAN")] for r in left.rows]
    left.rows[2][2] = "maybe"
    w("frames_left_index", text + show(left))

    bound = Frame(None, nums.schema + ["FP64"], [r + [v] for r, v in zip(nums.rows, [10.0, 20.0, 30.0])])
    stacked = Frame(None, ["FP64"] * 3, [[float(v) for v in r] for r in nums.rows] + [[4.5, 8.0, 0.0]])
    mixed = Frame(["name", "C1"], ["STRING", "INT64"], [[people.rows[i][0], nums.rows[i][0]] for i in range(2)])
    w("frames_cbind_rbind", show(bound) + show(stacked) + show(mixed))

    X = as_matrix(nums)
    w("frames_as_matrix", matrix(X) + "sum=" + fmt.java_double(math.fsum(v for r in X for v in r)) + "\n" + matrix(X)
      + matrix(as_matrix(index(people, 1, 4, 2, 4))))

    X = [[1, 2.5], [-3, 4]]
    fx = Frame(None, ["FP64", "FP64"], [[float(v) for v in r] for r in X])
    w("frames_as_frame", show(fx) + show(Frame(["a", "b"], fx.schema, fx.rows)) + show(Frame(None, ["INT64"], [[7]]))
      + show(Frame(None, ["FP64"], [[2.5]])) + show(Frame(None, ["STRING"], [["word"]]))
      + show(Frame(None, ["BOOLEAN"], [[True]])))

    ages = [r[1] for r in people.rows]
    w("frames_as_scalar", fmt.lines(ages[0] + 1, people.rows[1][2] * 2, "name: " + people.rows[2][0],
                                    "member" if people.rows[1][3] else "not a member", f"total age {sum(ages)}"))

    enc = build(cities, recode=("city", "size"))
    M = metadata(cities, enc)
    w("frames_recode", matrix(apply(cities, enc)) + show(M) + f"rows of M: {len(M.rows)}\n")

    enc = build(cities, dummy=("city", "size"))
    X = apply(cities, enc)
    w("frames_dummycode", matrix(X) + f"ncol={len(X[0])}\n")

    enc = build(cities, recode=("city", "size"), bins={"temp": ("equi-width", 4), "rain": ("equi-width", 3)})
    w("frames_bin_equiwidth", matrix(apply(cities, enc)) + show(index(metadata(cities, enc), 1, 4, 3, 4)))

    enc = build(cities, recode=("city", "size"), dummy=("temp",), bins={"temp": ("equi-height", 2)})
    w("frames_bin_equiheight", matrix(apply(cities, enc)) + show(index(metadata(cities, enc), 1, 2, 3, 3)))

    enc = build(cities, recode=("city", "size"), impute={"rain": ("global_mean", None), "city": ("global_mode", None)})
    enc2 = build(cities, recode=("city", "size"), impute={"city": ("constant", "oslo"), "rain": ("constant", "-1")})
    w("frames_impute", matrix(apply(cities, enc)) + matrix(apply(cities, enc2)))

    enc = build(cities, recode=("city", "size"))
    X = apply(cities, enc, omit=("city", "rain"))
    w("frames_omit", matrix(X) + f"rows kept: {len(X)} of {len(cities.rows)}\n" + show(index(metadata(cities, enc), 1, 3, 1, 1)))

    enc = build(cities, recode=("city",), dummy=("size",), bins={"temp": ("equi-width", 4)})
    fresh = read_csv("cities_new.csv", **CITIES)
    w("frames_apply", matrix(apply(fresh, enc)) + "same as encode: TRUE\n")

    enc = build(cities, recode=("city",), dummy=("size",))
    E = [[3, 0, 0, 1, 7, 8], [2, 1, 0, 0, 9, 10]]
    w("frames_decode", show(decode(apply(cities, enc), cities, enc)) + show(decode(E, cities, enc)))

    enc = build(cities, recode=("city",), dummy=("city", "size"))
    starts, cmap = 1, []
    for j, e in enumerate(enc):
        cmap.append([j + 1, starts, starts + e.width() - 1])
        starts += e.width()
    w("frames_colmap", matrix(cmap) + f"encoded columns: {starts - 1} = {fmt.java_double(cmap[-1][2])}\n")

    enc = build(cities, recode=("city",), dummy=("size",), bins={"temp": ("equi-width", 2)})
    w("frames_ids", matrix(apply(cities, enc)) + "equal: TRUE, metadata equal: TRUE\n")

    w("frames_constructor", show(Frame(None, ["STRING"] * 3, [["x"] * 3] * 2))
      + show(Frame(None, ["STRING", "INT64", "FP64"], [["a", 1, 2.5], ["b", 2, 0.5]])) + "20\n")

    marked = index(people, 1, 2, 1, 2)
    w("frames_functions", show(Frame(marked.names, marked.schema, [marked.rows[0], ["marked", marked.rows[1][1]]])) + show(marked))


if __name__ == "__main__":
    main()
