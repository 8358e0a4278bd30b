"""Expected output of the format_* conformance scripts, computed with Python's exact decimals (dmlfmt)."""
import dmlfmt

X = [0.0625, 0.0635, 2.6745, 2.6755, 1.0005, 0.0005, -0.0001, 0.1875, 1e23, 1152921504606846976.0, 0.1, 1000000000000000.25]
Y = [[0, 2.5], [0, -0.0004], [0, 1e7]]

text = dmlfmt.lines(4.9e-324, 1.0e23, 0.1 + 0.2, 9999999.0, 0.001, 1152921504606846976)
# -1.5 %/% 2 and round(-0.2) are doubles converted through a long, hence +0.0.
text += dmlfmt.lines(0.0, 0.0)
text += dmlfmt.print_matrix([X]) + dmlfmt.print_matrix(Y)
dmlfmt.write_expected("format_values", text)
