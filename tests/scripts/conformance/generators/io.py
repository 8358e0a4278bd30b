"""Fixture files (data/io/) and expected outputs of the io_* conformance scripts.

The fixtures are written here, byte by byte, including the binary ones (the format of
src/DmlNet/Runtime/IO/BinaryMatrixFormat.cs, implemented again below with a bitwise CRC-32C);
the expected outputs are recomputed from the same data with NumPy and formatted by dmlfmt.
Run: /usr/bin/python3 tests/scripts/conformance/generators/io.py
"""
import json
import os
import struct

import numpy as np

from dmlfmt import CONFORMANCE, java_double, print_matrix, write_expected

DATA = os.path.join(CONFORMANCE, "data", "io")


def fixture(name, content):
    """Writes data/io/NAME (text with \\n line ends, or bytes)."""
    os.makedirs(DATA, exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(os.path.join(DATA, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(content)


def mtd(name, **keys):
    """Writes data/io/NAME.mtd holding the given keys."""
    fixture(name + ".mtd", json.dumps(keys, indent=4) + "\n")


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF


def binary(matrix, rows_per_block, sparse):
    """The DmlNet binary format: 44-byte header, then per block of rows its data and CRC-32C."""
    rows, cols = matrix.shape
    nnz = int(np.count_nonzero(matrix))
    head = bytes([0x89, 0x44, 0x4D, 0x4C, 0x4D, 0x0D, 0x0A, 0x1A]) + struct.pack("<HBBiqqq", 1, 1 if sparse else 0, 0, rows_per_block, rows, cols, nnz)
    out = head + struct.pack("<I", crc32c(head))
    for first in range(0, rows, rows_per_block):
        part = matrix[first:first + rows_per_block]
        if sparse:
            lengths = [int(np.count_nonzero(r)) for r in part]
            indexes = [j for r in part for j in range(cols) if r[j] != 0]
            values = [r[j] for r in part for j in range(cols) if r[j] != 0]
            body = struct.pack(f"<{len(lengths)}i", *lengths) + struct.pack(f"<{len(indexes)}i", *indexes) + struct.pack(f"<{len(values)}d", *values)
        else:
            body = struct.pack(f"<{part.size}d", *part.flatten())
        out += body + struct.pack("<I", crc32c(body))
    return out


def csv_text(matrix, sep=","):
    return "".join(sep.join(java_double(v) if v != 0 else "0" for v in row) + "\n" for row in matrix)


def same(flag):
    return "TRUE" if flag else "FALSE"


# --- fixtures -------------------------------------------------------------------------------
DENSE = np.array([[1.5, -2, 0, 4], [0.25, 6, -7.5, 8], [9, 0, 11, -0.125]])
fixture("dense.csv", csv_text(DENSE))
mtd("dense.csv", data_type="matrix", value_type="double", rows=3, cols=4, nnz=10, format="csv", header=False, sep=",")

HEADER = np.array([[1, 2, 3], [4.5, -6, 0.75]])
fixture("header_semicolon.csv", "a;b;c\n1;2;3\n4.5;-6;7.5e-1\n")

NAN = float("nan")
fixture("missing.csv", "1,,NA\n?,2,3\n,NA,-4\n")
MISSING = np.array([[1, -1, NAN], [NAN, 2, 3], [-1, NAN, -4]])
fixture("missing_mtd.csv", "x|y\nmissing|1\n|-\n")
mtd("missing_mtd.csv", data_type="matrix", rows=2, cols=2, format="csv", header=True, sep="|", default=9, naStrings=["missing", "-"])
MISSING_MTD = np.array([[NAN, 1], [9, NAN]])

fixture("cells.txt", "3 2 -1.5\n1 1 4\n\n2 4 0.25\n")
mtd("cells.txt", data_type="matrix", value_type="double", rows=3, cols=4, nnz=3, format="text")
CELLS = np.zeros((3, 4))
CELLS[2, 1], CELLS[0, 0], CELLS[1, 3] = -1.5, 4, 0.25
fixture("cells_nomtd.ijv", "1 2 7\n2 1 8\n")
CELLS2 = np.array([[0, 7, 0], [8, 0, 0]])

fixture("coord.mtx", "%%MatrixMarket matrix coordinate real general\n% written by hand\n%\n3 4 4\n1 1 1.5\n3 4 -2\n2 2 1e3\n1 4 0.5\n")
COORD = np.zeros((3, 4))
COORD[0, 0], COORD[2, 3], COORD[1, 1], COORD[0, 3] = 1.5, -2, 1000, 0.5
fixture("sym.mtx", "%%MatrixMarket matrix coordinate real symmetric\n3 3 4\n1 1 2\n2 1 -1\n3 1 0.5\n3 3 4\n")
SYM = np.array([[2, -1, 0.5], [-1, 0, 0], [0.5, 0, 4]])
fixture("skew.mtx", "%%MatrixMarket matrix coordinate real skew-symmetric\n3 3 2\n2 1 3\n3 2 -1\n")
SKEW = np.array([[0, -3, 0], [3, 0, 1], [0, -1, 0]])
fixture("pattern.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 3 3\n1 1\n2 3\n1 2\n")
PATTERN = np.array([[1, 1, 0], [0, 0, 1]])
fixture("integer.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 2 -7\n2 2 12\n")
INTEGER = np.array([[0, -7], [0, 12]])
fixture("array.mtx", "%%MatrixMarket matrix array real general\n2 3\n1\n4\n2\n5\n3\n6\n")
ARRAY = np.array([[1, 2, 3], [4, 5, 6]])

fixture("sample.svm", "+1 1:0.5 3:2\n-1 2:1.5\n+1\n")
SAMPLE = np.array([[0.5, 0, 2, 1], [0, 1.5, 0, -1], [0, 0, 0, 1]])
fixture("sample_comma.svm", "2,4:1.25,1:-3\n0\n")
mtd("sample_comma.svm", data_type="matrix", rows=2, cols=5, format="libsvm", sep=",", indSep=":")
SAMPLE_COMMA = np.array([[-3, 0, 0, 1.25, 0, 2], [0, 0, 0, 0, 0, 0]])

BIN_DENSE = np.array([[1.5, 0, -2], [float("inf"), 0.125, 3]])
fixture("dense.bin", binary(BIN_DENSE, 1000, sparse=False))
mtd("dense.bin", data_type="matrix", value_type="double", rows=2, cols=3, rows_in_block=1000, cols_in_block=1000, nnz=5, format="binary")
BIN_SPARSE = np.array([[0, 0, 5], [0, 0, 0], [-1, 0, 0], [0, 2.5, 0]])
fixture("sparse.bin", binary(BIN_SPARSE, 3, sparse=True))
mtd("sparse.bin", data_type="matrix", value_type="double", rows=4, cols=3, rows_in_block=3, cols_in_block=3, nnz=3, format="binary")
corrupt = bytearray(binary(BIN_DENSE, 2, sparse=False))
corrupt[44 + 9] ^= 0x01
fixture("corrupt.bin", bytes(corrupt))
mtd("corrupt.bin", data_type="matrix", rows=2, cols=3, format="binary")

fixture("answer.txt", "21\n")
fixture("greeting.txt", "hello\nworld\n")
fixture("pi.txt", " 3.14159 ")

fixture("partial.txt", "3 1 2.5\n1 2 -1\n")
mtd("partial.txt", rows=3, format="text")
PARTIAL = np.array([[0, -1], [0, 0], [2.5, 0]])

fixture("bad_line.txt", "1 1 1.0\n2 2 2.0\n2 two 1.0\n")
mtd("bad_line.txt", rows=3, cols=3, format="text")
fixture("out_of_range.txt", "1 1 1.0\n3 1 1.0\n")
mtd("out_of_range.txt", rows=2, cols=2, format="text")
fixture("short.csv", "1,2\n3,4\n5,6\n")
mtd("short.csv", rows=4, cols=2, format="csv")

# --- expected outputs -----------------------------------------------------------------------
write_expected("io_csv_read", print_matrix(DENSE) + f"rows=3 cols=4 sum={java_double(DENSE.sum())}\n")
write_expected("io_csv_header_sep", print_matrix(HEADER) + f"sum={java_double(HEADER.sum())}\n")
write_expected("io_csv_missing_values", print_matrix(MISSING) + print_matrix(MISSING_MTD))
ROUND = np.array([[1, 0, -2.5], [0, 0.125, 1e7], [0, 0, 3]])
write_expected("io_csv_roundtrip", print_matrix(ROUND) + "same: TRUE\n" + f"explicit options agree with the .mtd: {java_double(ROUND.sum())}\n")
write_expected("io_text_read", print_matrix(CELLS) + print_matrix(CELLS2))
S = np.zeros((4, 5))
S[0, 4], S[3, 1] = 3.5, -1
write_expected("io_text_roundtrip", print_matrix(S) + print_matrix(np.zeros((2, 3))) + "nnz-equal: TRUE, zero sum: 0.0, dims 2x3\n")
write_expected("io_mm_read", print_matrix(COORD) + "detected: TRUE\n")
write_expected("io_mm_variants", "".join(print_matrix(m) for m in (SYM, SKEW, PATTERN, INTEGER, ARRAY)))
MM = np.array([[0, 2, 0], [-4, 0, 0], [0, 0.5, 7]])
write_expected("io_mm_roundtrip", print_matrix(MM) + "equal: TRUE\n")
write_expected("io_libsvm_read", print_matrix(SAMPLE) + print_matrix(SAMPLE_COMMA))
SVM = np.array([[0.5, 0, 2, 1], [0, 1.5, 0, -1], [0, 0, 0, 1]])
write_expected("io_libsvm_roundtrip", print_matrix(SVM) + "equal: TRUE\ncustom separators: TRUE\n")
X = np.arange(1, 7501, dtype=float).reshape(2500, 3) / 4
SP = X * (X > 1500)
SP[2499, 0] = 0
write_expected("io_binary_roundtrip", f"dense: 2500x3 equal=TRUE sum={java_double(X.sum())}\n"
               + f"sparse: 2500x3 equal=TRUE sum={java_double(SP.sum())}\n")
write_expected("io_binary_fixture", print_matrix(BIN_DENSE) + print_matrix(BIN_SPARSE))
write_expected("io_scalar_roundtrip", f"{java_double(5.0)}\n43\nFALSE\na string, with \"quotes\"\n")
write_expected("io_scalar_read", f"42\nhello\nworld\n{java_double(3.14159)}\n")
special = "".join(f"{fmt}: 0x3 NaN Infinity -Infinity\n" for fmt in ("text", "mm", "csv", "libsvm", "binary"))
write_expected("io_empty_and_special", special)
write_expected("io_mtd_merge", print_matrix(PARTIAL) + "same: TRUE\n" + f"int matrices hold doubles: {java_double(PARTIAL.sum())}\n")
