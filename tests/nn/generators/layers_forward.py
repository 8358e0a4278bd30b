"""Writes the .expected files of the forward and optimizer checks in tests/nn (NAME_forward.dml,
NAME_update.dml), recomputing what each script prints with NumPy, independently of DmlNet.

Every script prints matrices (losses as 1 x 1 matrices) through toString(..., decimal=10), so
1-ulp differences between NumPy's and .NET's exp/tanh cannot change the text; every printed
value is checked to lie away from a rounding tie. The inputs below are those of the scripts.
Where a formula has a numerically careful variant, NumPy uses a different form than the DML
layer (softmax via logsumexp, log-cosh via logaddexp), so a shared slip cannot hide.

Run: /usr/bin/python3 tests/nn/generators/layers_forward.py
"""
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "..", "scripts", "conformance", "generators"))
import dmlfmt  # noqa: E402

DECIMAL = 10


def _guard(value):
    """Fails when value lies so close to a tie of the 10th decimal that ulp noise could flip it."""
    if not math.isfinite(value) or value == 0:
        return
    scaled = abs(value) * 10 ** DECIMAL
    slack = max(1e-6, 64 * math.ulp(abs(value)) * 10 ** DECIMAL)
    if abs(scaled - math.floor(scaled) - 0.5) < slack:
        raise AssertionError(f"{value!r} lies at a rounding tie of decimal {DECIMAL}")


def show(matrix):
    """What print(toString(M, decimal=10)) writes."""
    m = np.atleast_2d(np.asarray(matrix, dtype=float))
    for v in m.flat:
        _guard(float(v))
    return dmlfmt.print_matrix(m, decimal=DECIMAL)


def mat(text, rows, cols):
    """DML's matrix("...", rows, cols): row-major."""
    return np.array([float(t) for t in text.split()]).reshape(rows, cols)


def write(name, text):
    with open(os.path.join(HERE, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def sigmoid(x):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


# ---------------------------------------------------------------------------------------------
# activations

X = mat("-3 -1.5 -0.25 0 0.5 2", 2, 3)
FAR = mat("-800 -40 40 800", 1, 4)
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805


def elu(x, alpha):
    with np.errstate(over="ignore"):
        return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def gelu(x):
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def silu(x):
    return x * sigmoid(x)


ACTIVATIONS = {
    "relu": lambda x: np.maximum(x, 0),
    "sigmoid": sigmoid,
    "tanh": np.tanh,
    "selu": lambda x: SELU_SCALE * elu(x, SELU_ALPHA),
    "gelu": gelu,
    "silu": silu,
}
for name, f in ACTIVATIONS.items():
    with np.errstate(over="ignore", invalid="ignore"):
        write(f"{name}_forward", show(f(X)) + show(f(FAR)))

write("leaky_relu_forward", show(np.where(X > 0, X, 0.01 * X)) + show(np.where(X > 0, X, 0.2 * X)))
write("elu_forward", show(elu(X, 1)) + show(elu(X, 0.5)) + show(elu(FAR, 1)))


def softmax(s):
    lse = np.log(np.sum(np.exp(s - s.max(axis=1, keepdims=True)), axis=1, keepdims=True)) + s.max(axis=1, keepdims=True)
    return np.exp(s - lse)


write("softmax_forward", show(softmax(mat("1 2 3 0.5 0.5 -1 1001 1002 1003 -1000 -1000 -1001.5", 4, 3))))

# ---------------------------------------------------------------------------------------------
# losses and regularizers (pred and y as in the scripts; eps = 1e-10 as the layers document)

EPS = 1e-10


def cross_entropy(pred, y):
    return np.sum(-y * np.log(pred + EPS)) / y.shape[0]


write("cross_entropy_loss_forward",
      show(cross_entropy(mat("0.7 0.2 0.1 0.25 0.5 0.25", 2, 3), mat("1 0 0 0 0 1", 2, 3)))
      + show(cross_entropy(mat("0 0.5 0.5 0.2 0.8 0", 2, 3), mat("1 0 0 0 1 0", 2, 3))))


def log_loss(pred, y):
    return np.sum(-y * np.log(pred + EPS) - (1 - y) * np.log(1 - pred + EPS)) / y.shape[0]


write("log_loss_forward",
      show(log_loss(mat("0.9 0.2 0.6 0.35", 4, 1), mat("1 0 0 1", 4, 1)))
      + show(log_loss(mat("0 1", 2, 1), mat("1 0", 2, 1))))

PRED = mat("0.5 -1 2 3 0.25 -0.75", 2, 3)
Y = mat("1 -1 0 2.5 -0.5 0.25", 2, 3)
write("l1_loss_forward", show(np.sum(np.abs(PRED - Y)) / 2))
write("l2_loss_forward", show(0.5 * np.sum((PRED - Y) ** 2) / 2))


def logcosh(pred, y):
    e = pred - y
    return np.sum(np.logaddexp(e, -e) - math.log(2)) / y.shape[0]


write("logcosh_loss_forward", show(logcosh(PRED, Y)) + show(logcosh(mat("1000 0", 1, 2), mat("0 0", 1, 2))))
write("l1_reg_forward", show(0.3 * np.sum(np.abs(PRED))))
write("l2_reg_forward", show(0.5 * 0.3 * np.sum(PRED ** 2)))

# ---------------------------------------------------------------------------------------------
# recurrent layers: plain per-step loops over an (N, T, D) view of the inputs


def rnn(x, w, b, out0, steps, d):
    n, m = x.shape[0], w.shape[1]
    seq = x.reshape(n, steps, d)
    prev, outs = out0, []
    for t in range(steps):
        prev = np.tanh(seq[:, t, :] @ w[:d] + prev @ w[d:] + b)
        outs.append(prev)
    return np.hstack(outs), np.vstack([o.reshape(1, n * m) for o in outs])


RX = mat("0.5 -1 0.25 0.75 -0.5 1 -0.3 0.2 0.9 -0.6 0.1 0.4", 2, 6)
RW = mat("0.3 -0.2 0.1 0.4 -0.5 0.25 0.2 -0.1", 4, 2)
r_out, r_cache = rnn(RX, RW, mat("0.05 -0.1", 1, 2), mat("0.1 -0.2 0 0.3", 2, 2), 3, 2)
write("rnn_forward", show(r_out) + show(r_cache) + show(r_out[:, -2:]))


def lstm(x, w, b, out0, c0, steps, d):
    n, m = x.shape[0], w.shape[1] // 4
    seq = x.reshape(n, steps, d)
    h, c = out0, c0
    outs, cells, gates = [], [], []
    for t in range(steps):
        z = seq[:, t, :] @ w[:d] + h @ w[d:] + b
        i, f, o = sigmoid(z[:, :m]), sigmoid(z[:, m:2 * m]), sigmoid(z[:, 2 * m:3 * m])
        g = np.tanh(z[:, 3 * m:])
        c = f * c + i * g
        h = o * np.tanh(c)
        outs.append(h)
        cells.append(c)
        gates.append(np.hstack([i, f, o, g]))
    flat = lambda ms: np.vstack([a.reshape(1, -1) for a in ms])  # noqa: E731
    return np.hstack(outs), c, flat(outs), flat(cells), flat(gates)


LX = mat("0.5 -1 0.25 0.75 -0.3 0.2 0.9 -0.6", 2, 4)
LW = 0.5 * np.sin(np.arange(1, 33, dtype=float)).reshape(4, 8)
LB = 0.1 * np.cos(np.arange(1, 9, dtype=float)).reshape(1, 8)
l_out, l_c, l_cout, l_cc, l_ifog = lstm(LX, LW, LB, mat("0.1 -0.2 0 0.3", 2, 2), mat("-0.4 0.2 0.5 0", 2, 2), 2, 2)
write("lstm_forward", show(l_out) + show(l_c) + show(l_cout) + show(l_cc) + show(l_ifog) + show(l_out[:, -2:]))

# ---------------------------------------------------------------------------------------------
# attention: probs[j, k] = exp(s[j, k]) / sum_j' exp(s[j', k]) (normalised over the queries)


def attention(query, value, key, d):
    rows = []
    for q, v, k in zip(query, value, key):
        qn, vn, kn = q.reshape(-1, d), v.reshape(-1, d), k.reshape(-1, d)
        scores = qn @ kn.T / math.sqrt(d)
        probs = softmax(scores.T).T
        rows.append((probs @ vn).reshape(-1))
    return np.vstack(rows)


AQ = mat("0.5 -1 0.25 0.75 -0.3 0.2 0.9 -0.6", 2, 4)
AV = mat("0.1 0.2 -0.3 0.4 0.5 -0.6 1 -1 0.5 0 0.25 2", 2, 6)
AK = mat("1 0 0 1 -1 1 0.3 -0.2 0.6 0.1 -0.4 0.8", 2, 6)
write("attention_forward", show(attention(AQ, AV, AK, 2)) + show(attention(AQ, AV, AV, 2)) + show(attention(AQ, AV, AK, 2)))

# ---------------------------------------------------------------------------------------------
# optimizers: two steps from the scripts' X with gradients dX1, dX2

OX = mat("1 -2 0.5 3", 2, 2)
GRADS = [mat("0.1 -0.4 0.2 0", 2, 2), mat("-0.3 0.2 0.5 0.1", 2, 2)]
LR, MU, EPS8 = 0.1, 0.9, 1e-8


def run_optimizer(name, state, step, show_state):
    x, text = OX.copy(), "" if state is None else show_state(state)
    for t, g in enumerate(GRADS):
        x, state = step(x, g, state, t)
        text += show(x) + ("" if state is None else show_state(state))
    write(f"{name}_update", text)


def momentum(x, g, v, t):
    v = MU * v - LR * g
    return x + v, v


def nesterov(x, g, v, t):
    # Nesterov's look-ahead written out: the stored x is theta + mu * v.
    v_new = MU * v - LR * g
    theta = x - MU * v + v_new
    return theta + MU * v_new, v_new


def adagrad(x, g, cache, t):
    cache = cache + g ** 2
    return x - LR * g / (np.sqrt(cache) + 1e-6), cache


def rmsprop(x, g, cache, t):
    cache = 0.9 * cache + 0.1 * g ** 2
    return x - LR * g / (np.sqrt(cache) + EPS8), cache


def adam(x, g, mv, t, decay=None):
    # Kingma and Ba's Algorithm 1 with the step-size form of their section 2, as SystemDS computes it.
    m, v = mv
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g ** 2
    k = t + 1
    if decay is None:
        step = LR * math.sqrt(1 - 0.999 ** k) / (1 - 0.9 ** k) * m / (np.sqrt(v) + EPS8)
    else:
        step = LR * ((m / (1 - 0.9 ** k)) / (np.sqrt(v / (1 - 0.999 ** k)) + EPS8) + decay * x)
    return x - step, (m, v)


zeros = np.zeros_like(OX)
run_optimizer("sgd", None, lambda x, g, s, t: (x - LR * g, None), None)
run_optimizer("sgd_momentum", zeros, momentum, show)
run_optimizer("sgd_nesterov", zeros, nesterov, show)
run_optimizer("adagrad", zeros, adagrad, show)
run_optimizer("rmsprop", zeros, rmsprop, show)
run_optimizer("adam", (zeros, zeros), adam, lambda mv: show(np.hstack(mv)))
run_optimizer("adamw", (zeros, zeros), lambda x, g, s, t: adam(x, g, s, t, decay=0.01), lambda mv: show(np.hstack(mv)))
