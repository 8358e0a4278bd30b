"""Forward checks of the nn layers and checks of nn/util.dml (tests/nn/NAME.dml + NAME.expected).

Each case is a DML script and the output it must print, recomputed here with NumPy by naive
loops over the definitions (independently of DmlNet and of how the DML layers compute) and
formatted with the conformance generators' dmlfmt (values near a rounding tie of the
last printed decimal are refused). Inputs are small matrix literals, so the
values can also be followed by hand. Running this file (re)writes the scripts and expectations:

    /usr/bin/python3 tests/nn/generators/nn_forward.py
"""
import math
import os
import sys
import textwrap

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
NN = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(NN, "..", "scripts", "conformance", "generators"))
from dmlfmt import print_matrix, scalar  # noqa: E402

CASES = []
DECIMALS = 6


def case(function):
    """Registers a case: the function returns (dml, expected)."""
    CASES.append(function)
    return function


def lit(m):
    """The matrix("...", rows, cols) literal of a NumPy array."""
    m = np.atleast_2d(np.asarray(m, dtype=float))
    values = " ".join(repr(float(v)) if not float(v).is_integer() else str(int(v)) for v in m.ravel())
    values = values.replace("inf", "Infinity")
    return f'matrix("{values}", rows={m.shape[0]}, cols={m.shape[1]})'


def script(text):
    return textwrap.dedent(text).lstrip("\n")


def guard(value):
    """Fails when value lies so close to a rounding tie of the last printed decimal that a 1-ulp
    difference between NumPy and DmlNet could change the text."""
    if not math.isfinite(value) or value == 0:
        return
    scaled = abs(value) * 10 ** DECIMALS
    slack = max(1e-6, 64 * math.ulp(abs(value)) * 10 ** DECIMALS)
    if abs(scaled - math.floor(scaled) - 0.5) < slack:
        raise AssertionError(f"{value!r} lies at a rounding tie of decimal {DECIMALS}")


def show(m):
    """What print(toString(M, decimal=6)) writes."""
    m = np.atleast_2d(np.asarray(m, dtype=float))
    for v in m.flat:
        guard(float(v))
    return print_matrix(m, decimal=DECIMALS)


def ints(*values):
    return "".join(scalar(int(v)) + "\n" for v in values)


# ---- naive reference implementations on 4-D arrays (N, C, H, W) ----

def images(X, C, H, W):
    return np.asarray(X, dtype=float).reshape(X.shape[0], C, H, W)


def flat(T):
    return T.reshape(T.shape[0], -1)


def pad(T, ph, pw, value):
    N, C, H, W = T.shape
    out = np.full((N, C, H + 2 * ph, W + 2 * pw), value, dtype=float)
    out[:, :, ph:ph + H, pw:pw + W] = T
    return out


def conv2d(X, Wt, b, C, H, W, Hf, Wf, sh, sw, ph, pw):
    T = pad(images(X, C, H, W), ph, pw, 0.0)
    F = Wt.shape[0]
    K = Wt.reshape(F, C, Hf, Wf)
    Ho = (H + 2 * ph - Hf) // sh + 1
    Wo = (W + 2 * pw - Wf) // sw + 1
    out = np.zeros((X.shape[0], F, Ho, Wo))
    for n in range(X.shape[0]):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    total = b[f, 0]
                    for c in range(C):
                        for u in range(Hf):
                            for v in range(Wf):
                                total += K[f, c, u, v] * T[n, c, i * sh + u, j * sw + v]
                    out[n, f, i, j] = total
    return flat(out), Ho, Wo


def max_pool(X, C, H, W, Hf, Wf, sh, sw, ph, pw):
    T = pad(images(X, C, H, W), ph, pw, -math.inf)
    Ho = (H + 2 * ph - Hf) // sh + 1
    Wo = (W + 2 * pw - Wf) // sw + 1
    out = np.zeros((X.shape[0], C, Ho, Wo))
    for n in range(X.shape[0]):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    out[n, c, i, j] = T[n, c, i * sh:i * sh + Hf, j * sw:j * sw + Wf].max()
    return flat(out), Ho, Wo


def max_pool_backward(dout, X, C, H, W, Hf, Wf, sh, sw, ph, pw):
    """Every cell equal to its window's maximum gets the window's gradient."""
    T = pad(images(X, C, H, W), ph, pw, -math.inf)
    Ho = (H + 2 * ph - Hf) // sh + 1
    Wo = (W + 2 * pw - Wf) // sw + 1
    D = images(dout, C, Ho, Wo)
    dT = np.zeros_like(T)
    for n in range(X.shape[0]):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = T[n, c, i * sh:i * sh + Hf, j * sw:j * sw + Wf]
                    dT[n, c, i * sh:i * sh + Hf, j * sw:j * sw + Wf] += (window == window.max()) * D[n, c, i, j]
    return flat(dT[:, :, ph:ph + H, pw:pw + W])


def per_pixel(X, C):
    """(N, C*H*W) -> rows of C values, one row per (image, pixel)."""
    N = X.shape[0]
    return X.reshape(N, C, -1).transpose(0, 2, 1).reshape(-1, C)


def from_pixels(P, N, C):
    return P.reshape(N, -1, C).transpose(0, 2, 1).reshape(N, -1)


# ---- cases ----

@case
def conv2d_forward():
    N, C, H, W, F = 2, 2, 3, 4, 2
    X = (np.arange(N * C * H * W).reshape(N, -1) % 7) - 3.0
    Wt = np.array([[1, 0, -1, 2, 0, 1, 1, -1], [0, 2, 1, 0, -1, 0, 0, 1]], dtype=float)
    b = np.array([[0.5], [-1]])
    out1, h1, w1 = conv2d(X, Wt, b, C, H, W, 2, 2, 1, 1, 0, 0)
    out2, h2, w2 = conv2d(X, Wt, b, C, H, W, 2, 2, 2, 1, 1, 1)
    W3 = np.array([[1, -1, 2], [0, 1, 1]], dtype=float)  # 1 x 3 filters over C = 1
    X3 = np.array([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], dtype=float)
    out3, h3, w3 = conv2d(X3, W3, np.zeros((2, 1)), 1, 2, 5, 1, 3, 1, 2, 0, 1)
    dml = script(f"""
        # Forward pass of nn/layers/conv2d.dml against a naive convolution (generators/nn_forward.py):
        # no padding, stride 1; padding 1 with strides 2 x 1; a 1 x 3 filter with padding 0 x 1.
        source("nn/layers/conv2d.dml") as conv2d
        X = {lit(X)}
        W = {lit(Wt)}
        b = {lit(b)}
        [out, Hout, Wout] = conv2d::forward(X, W, b, {C}, {H}, {W}, 2, 2, 1, 1, 0, 0)
        print(toString(out, decimal={DECIMALS}))
        print(Hout)
        print(Wout)
        [out, Hout, Wout] = conv2d::forward(X, W, b, {C}, {H}, {W}, 2, 2, 2, 1, 1, 1)
        print(toString(out, decimal={DECIMALS}))
        print(Hout)
        print(Wout)
        [out, Hout, Wout] = conv2d::forward({lit(X3)}, {lit(W3)}, matrix(0, rows=2, cols=1),
                                            1, 2, 5, 1, 3, 1, 2, 0, 1)
        print(toString(out, decimal={DECIMALS}))
        print(Hout)
        print(Wout)
        """)
    expected = show(out1) + ints(h1, w1) + show(out2) + ints(h2, w2) + show(out3) + ints(h3, w3)
    return dml, expected


@case
def max_pool2d_forward():
    N, C, H, W = 2, 2, 4, 5
    X = ((np.arange(N * C * H * W) * 7) % 23).reshape(N, -1) - 11.0
    out1, h1, w1 = max_pool(X, C, H, W, 2, 2, 2, 2, 0, 0)
    out2, h2, w2 = max_pool(X, C, H, W, 3, 3, 1, 2, 1, 1)
    # Ties: every maximum of a window gets its gradient; overlapping windows add up.
    Xt = np.array([[1, 3, 3, 0, 2, 2, 1, 3, 3]], dtype=float)
    outt, ht, wt = max_pool(Xt, 1, 3, 3, 2, 2, 1, 1, 0, 0)
    doutt = np.array([[1, 2, 4, 8]], dtype=float)
    dXt = max_pool_backward(doutt, Xt, 1, 3, 3, 2, 2, 1, 1, 0, 0)
    # Padding never wins, also against negative inputs.
    Xn = -np.arange(1, 10, dtype=float).reshape(1, 9)
    outn, hn, wn = max_pool(Xn, 1, 3, 3, 2, 2, 2, 2, 1, 1)
    doutn = np.array([[1, 2, 3, 4]], dtype=float)
    dXn = max_pool_backward(doutn, Xn, 1, 3, 3, 2, 2, 2, 2, 1, 1)
    dml = script(f"""
        # Forward (and, for ties and padding, backward) pass of nn/layers/max_pool2d.dml against
        # naive pooling (generators/nn_forward.py).
        source("nn/layers/max_pool2d.dml") as max_pool2d
        X = {lit(X)}
        [out, Hout, Wout] = max_pool2d::forward(X, {C}, {H}, {W}, 2, 2, 2, 2, 0, 0)
        print(toString(out, decimal={DECIMALS}))
        print(Hout)
        print(Wout)
        [out, Hout, Wout] = max_pool2d::forward(X, {C}, {H}, {W}, 3, 3, 1, 2, 1, 1)
        print(toString(out, decimal={DECIMALS}))
        print(Hout)
        print(Wout)
        X = {lit(Xt)}
        [out, Hout, Wout] = max_pool2d::forward(X, 1, 3, 3, 2, 2, 1, 1, 0, 0)
        print(toString(out, decimal={DECIMALS}))
        dX = max_pool2d::backward({lit(doutt)}, Hout, Wout, X, 1, 3, 3, 2, 2, 1, 1, 0, 0)
        print(toString(dX, decimal={DECIMALS}))
        X = {lit(Xn)}
        [out, Hout, Wout] = max_pool2d::forward(X, 1, 3, 3, 2, 2, 2, 2, 1, 1)
        print(toString(out, decimal={DECIMALS}))
        dX = max_pool2d::backward({lit(doutn)}, Hout, Wout, X, 1, 3, 3, 2, 2, 2, 2, 1, 1)
        print(toString(dX, decimal={DECIMALS}))
        """)
    expected = (show(out1) + ints(h1, w1) + show(out2) + ints(h2, w2)
                + show(outt) + show(dXt) + show(outn) + show(dXn))
    return dml, expected


@case
def upsample2d_forward():
    N, C, H, W = 2, 2, 2, 3
    X = np.arange(1, N * C * H * W + 1, dtype=float).reshape(N, -1)
    out = flat(images(X, C, H, W).repeat(2, axis=2).repeat(3, axis=3))
    dout = np.arange(out.size, dtype=float).reshape(out.shape) % 5
    D = images(dout, C, 2 * H, 3 * W)
    dX = flat(D.reshape(N, C, H, 2, W, 3).sum(axis=(3, 5)))
    dml = script(f"""
        # nn/layers/upsample2d.dml against NumPy's repeat (generators/nn_forward.py): factors 2 x 3.
        source("nn/layers/upsample2d.dml") as upsample2d
        X = {lit(X)}
        out = upsample2d::forward(X, {C}, {H}, {W}, 2, 3)
        print(toString(out, decimal={DECIMALS}))
        dX = upsample2d::backward({lit(dout)}, {C}, {H}, {W}, 2, 3)
        print(toString(dX, decimal={DECIMALS}))
        """)
    return dml, show(out) + show(dX)


@case
def affine_forward():
    X = np.array([[1, 2, 3], [0, -1, 2]], dtype=float)
    Wt = np.array([[1, 0], [2, -1], [0.5, 3]])
    b = np.array([[1, -2]], dtype=float)
    dml = script(f"""
        # nn/layers/affine.dml: X %*% W + b by hand (generators/nn_forward.py).
        source("nn/layers/affine.dml") as affine
        print(toString(affine::forward({lit(X)}, {lit(Wt)}, {lit(b)}), decimal={DECIMALS}))
        [W, b] = affine::init(4, 3, 7)
        print(nrow(W) + " x " + ncol(W) + ", " + nrow(b) + " x " + ncol(b) + ", sum(b) = " + sum(b))
        """)
    return dml, show(X @ Wt + b) + "4 x 3, 1 x 3, sum(b) = 0.0\n"


@case
def low_rank_affine_forward():
    X = np.array([[1, 2, 3], [0, -1, 2]], dtype=float)
    U = np.array([[1, 0], [2, -1], [0.5, 3]])
    V = np.array([[1, 0, 2, -1], [0, 1, 1, 0.5]])
    b = np.array([[1, -2, 0, 0.25]])
    dml = script(f"""
        # nn/layers/low_rank_affine.dml: X %*% U %*% V + b by hand (generators/nn_forward.py).
        source("nn/layers/low_rank_affine.dml") as low_rank_affine
        print(toString(low_rank_affine::forward({lit(X)}, {lit(U)}, {lit(V)}, {lit(b)}), decimal={DECIMALS}))
        [U, V, b] = low_rank_affine::init(5, 4, 2, 7)
        print(nrow(U) + " x " + ncol(U) + ", " + nrow(V) + " x " + ncol(V) + ", " + nrow(b) + " x " + ncol(b))
        """)
    return dml, show(X @ U @ V + b) + "5 x 2, 2 x 4, 1 x 4\n"


@case
def batch_norm1d_forward():
    X = np.array([[1, -2, 0.5], [3, 0, 1.5], [2, 4, -1], [0, 2, 3]])
    gamma = np.array([[1, 2, 0.5]])
    beta = np.array([[0, -1, 1]])
    ema_mean = np.array([[0.5, 0, 1]])
    ema_var = np.array([[1, 4, 0.25]])
    mu, eps = 0.9, 1e-5
    mean = X.mean(axis=0, keepdims=True)
    var = ((X - mean) ** 2).mean(axis=0, keepdims=True)
    train = (X - mean) / np.sqrt(var + eps) * gamma + beta
    test = (X - ema_mean) / np.sqrt(ema_var + eps) * gamma + beta
    dml = script(f"""
        # nn/layers/batch_norm1d.dml in both modes against NumPy (generators/nn_forward.py).
        source("nn/layers/batch_norm1d.dml") as batch_norm1d
        X = {lit(X)}
        gamma = {lit(gamma)}
        beta = {lit(beta)}
        ema_mean = {lit(ema_mean)}
        ema_var = {lit(ema_var)}
        [out, mean_upd, var_upd, cache_mean, cache_var, cache_norm] =
          batch_norm1d::forward(X, gamma, beta, "train", ema_mean, ema_var, {mu}, {eps})
        print(toString(out, decimal={DECIMALS}))
        print(toString(mean_upd, decimal={DECIMALS}))
        print(toString(var_upd, decimal={DECIMALS}))
        print(toString(cache_mean, decimal={DECIMALS}))
        print(toString(cache_var, decimal={DECIMALS}))
        [out, mean_upd, var_upd, cache_mean, cache_var, cache_norm] =
          batch_norm1d::forward(X, gamma, beta, "test", ema_mean, ema_var, {mu}, {eps})
        print(toString(out, decimal={DECIMALS}))
        print(toString(mean_upd, decimal={DECIMALS}))
        print(toString(var_upd, decimal={DECIMALS}))
        [gamma, beta, ema_mean, ema_var] = batch_norm1d::init(2)
        print(toString(rbind(gamma, beta, ema_mean, ema_var)))
        """)
    expected = (show(train) + show(mu * ema_mean + (1 - mu) * mean) + show(mu * ema_var + (1 - mu) * var)
                + show(mean) + show(var) + show(test) + show(ema_mean) + show(ema_var)
                + print_matrix([[1, 1], [0, 0], [0, 0], [1, 1]]))
    return dml, expected


@case
def scale_shift_forward():
    X1 = np.array([[1, -2, 0.5], [3, 0, 1.5]])
    g1 = np.array([[2, -1, 4]])
    b1 = np.array([[0.5, 1, -1]])
    N, C, H, W = 2, 3, 1, 2
    X2 = np.arange(N * C * H * W, dtype=float).reshape(N, -1) - 5
    g2 = np.array([[2], [-1], [0.5]])
    b2 = np.array([[1], [0], [-3]])
    out2 = flat(images(X2, C, H, W) * g2.reshape(1, C, 1, 1) + b2.reshape(1, C, 1, 1))
    dml = script(f"""
        # nn/layers/scale_shift1d.dml and scale_shift2d.dml by hand (generators/nn_forward.py).
        source("nn/layers/scale_shift1d.dml") as scale_shift1d
        source("nn/layers/scale_shift2d.dml") as scale_shift2d
        print(toString(scale_shift1d::forward({lit(X1)}, {lit(g1)}, {lit(b1)}), decimal={DECIMALS}))
        print(toString(scale_shift2d::forward({lit(X2)}, {lit(g2)}, {lit(b2)}, {C}, {H}, {W}), decimal={DECIMALS}))
        [gamma, beta] = scale_shift1d::init(2)
        print(toString(rbind(gamma, beta)))
        [gamma, beta] = scale_shift2d::init(2)
        print(toString(cbind(gamma, beta)))
        """)
    expected = (show(X1 * g1 + b1) + show(out2) + print_matrix([[1, 1], [0, 0]])
                + print_matrix([[1, 0], [1, 0]]))
    return dml, expected


@case
def embedding_forward():
    d = np.array([[1, 2], [3, 4], [5, 6], [7, 8]], dtype=float)
    idx = np.array([[3], [1], [3], [4]], dtype=float)
    dout = np.array([[1, -1], [2, 0.5], [4, 1], [-3, 2]])
    grad = np.zeros_like(d)
    for i, k in enumerate(idx[:, 0].astype(int)):
        grad[k - 1] += dout[i]
    padded = grad.copy()
    padded[2] = 0
    dml = script(f"""
        # nn/layers/embedding.dml by hand (generators/nn_forward.py): lookup, gradients of repeated
        # indices add up, the padding row gets none, out-of-range indices fail.
        source("nn/layers/embedding.dml") as embedding
        dict = {lit(d)}
        indices = {lit(idx)}
        print(toString(embedding::forward(indices, dict), decimal={DECIMALS}))
        dout = {lit(dout)}
        print(toString(embedding::backward(dout, indices, 4), decimal={DECIMALS}))
        print(toString(embedding::backward(dout, indices, 4, 3), decimal={DECIMALS}))
        E = embedding::init(5, 3, 7)
        print(nrow(E) + " x " + ncol(E))
        """)
    expected = show(d[idx[:, 0].astype(int) - 1]) + show(grad) + show(padded) + "5 x 3\n"
    return dml, expected


@case
def softmax2d_forward():
    N, C, H, W = 2, 3, 1, 2
    scores = np.array([[1, 2, 0, 0, 3, -2], [0.5, 0.5, 1, 1, 1000, -1000]])
    P = per_pixel(scores, C)
    E = np.exp(P - P.max(axis=1, keepdims=True))
    probs = from_pixels(E / E.sum(axis=1, keepdims=True), N, C)
    dml = script(f"""
        # nn/layers/softmax2d.dml against NumPy (generators/nn_forward.py): a softmax over the C
        # channels of each pixel, stable for large scores.
        source("nn/layers/softmax2d.dml") as softmax2d
        probs = softmax2d::forward({lit(scores)}, {C})
        print(toString(probs, decimal={DECIMALS}))
        """)
    return dml, show(probs)


@case
def cross_entropy_loss2d_forward():
    N, C = 2, 2
    pred = np.array([[0.25, 0.5, 0.75, 0.5], [0.125, 1, 0.875, 0]])
    y = np.array([[1, 0, 0, 1], [0, 1, 1, 0]], dtype=float)
    P, Y = per_pixel(pred, C), per_pixel(y, C)
    eps = 1e-10
    loss = -(Y * np.log(P + eps)).sum() / P.shape[0]
    dpred = from_pixels(-Y / (P + eps) / P.shape[0], N, C)
    dml = script(f"""
        # nn/layers/cross_entropy_loss2d.dml against NumPy (generators/nn_forward.py): the loss is
        # the mean over the N*Hin*Win pixels (log of pred + 1e-10, as nn/layers/cross_entropy_loss.dml).
        source("nn/layers/cross_entropy_loss2d.dml") as cross_entropy_loss2d
        pred = {lit(pred)}
        y = {lit(y)}
        print(toString(as.matrix(cross_entropy_loss2d::forward(pred, y, {C})), decimal={DECIMALS}))
        print(toString(cross_entropy_loss2d::backward(pred, y, {C}), decimal={DECIMALS}))
        """)
    return dml, show([[loss]]) + show(dpred)


@case
def dropout_forward():
    dml = script("""
        # nn/layers/dropout.dml: the mask is 0/1, the kept cells are scaled by 1/p, the seed fixes the
        # mask, p = 1 keeps everything, and the backward pass applies the same mask and scale.
        source("nn/layers/dropout.dml") as dropout
        X = matrix(seq(1, 200), rows=10, cols=20)
        [out, mask] = dropout::forward(X, 0.5, 7)
        print(sum(mask == 0 | mask == 1) == 200)
        print(sum(out != X * mask * 2) == 0)
        kept = sum(mask)
        print(kept > 60 & kept < 140)
        [out2, mask2] = dropout::forward(X, 0.5, 7)
        print(sum(mask2 != mask) == 0)
        [out1, mask1] = dropout::forward(X, 1, 7)
        print(sum(out1 != X) == 0)
        dX = dropout::backward(matrix(3, rows=10, cols=20), X, 0.5, mask)
        print(sum(dX != mask * 6) == 0)
        """)
    return dml, "TRUE\n" * 6


# ---- nn/util.dml ----

def im2col(img, H, W, Hf, Wf, sh, sw):
    C = img.shape[0]
    T = img.reshape(C, H, W)
    Ho = (H - Hf) // sh + 1
    Wo = (W - Wf) // sw + 1
    cols = np.zeros((C * Hf * Wf, Ho * Wo))
    for i in range(Ho):
        for j in range(Wo):
            cols[:, i * Wo + j] = T[:, i * sh:i * sh + Hf, j * sw:j * sw + Wf].ravel()
    return cols


def col2im(cols, C, H, W, Hf, Wf, sh, sw, add):
    Ho = (H - Hf) // sh + 1
    Wo = (W - Wf) // sw + 1
    T = np.zeros((C, H, W))
    for i in range(Ho):
        for j in range(Wo):
            patch = cols[:, i * Wo + j].reshape(C, Hf, Wf)
            if add:
                T[:, i * sh:i * sh + Hf, j * sw:j * sw + Wf] += patch
            else:
                T[:, i * sh:i * sh + Hf, j * sw:j * sw + Wf] = patch
    return T.reshape(C, H * W)


@case
def util_im2col():
    C, H, W = 2, 4, 5
    img = np.arange(1, C * H * W + 1, dtype=float).reshape(C, -1)
    cols = im2col(img, H, W, 2, 3, 2, 1)
    cols3 = im2col(img, H, W, 3, 2, 1, 3)
    other = (np.arange(cols.size, dtype=float).reshape(cols.shape) % 9) - 4
    dml = script(f"""
        # nn/util.dml im2col and col2im (both reductions) against naive loops
        # (generators/nn_forward.py), with unequal window sizes and strides.
        source("nn/util.dml") as util
        img = {lit(img)}
        cols = util::im2col(img, {H}, {W}, 2, 3, 2, 1)
        print(toString(cols, decimal={DECIMALS}))
        print(toString(util::im2col(img, {H}, {W}, 3, 2, 1, 3), decimal={DECIMALS}))
        print(toString(util::col2im(cols, {C}, {H}, {W}, 2, 3, 2, 1, "add"), decimal={DECIMALS}))
        other = {lit(other)}
        print(toString(util::col2im(other, {C}, {H}, {W}, 2, 3, 2, 1, "add"), decimal={DECIMALS}))
        print(toString(util::col2im(other, {C}, {H}, {W}, 2, 3, 2, 1, "none"), decimal={DECIMALS}))
        """)
    expected = (show(cols) + show(cols3) + show(col2im(cols, C, H, W, 2, 3, 2, 1, True))
                + show(col2im(other, C, H, W, 2, 3, 2, 1, True)) + show(col2im(other, C, H, W, 2, 3, 2, 1, False)))
    return dml, expected


@case
def util_pad_image():
    C, H, W = 2, 2, 3
    img = np.arange(1, C * H * W + 1, dtype=float).reshape(C, -1)
    p1 = pad(img.reshape(1, C, H, W), 1, 2, 0.0).reshape(C, -1)
    p2 = pad(img.reshape(1, C, H, W), 2, 0, -math.inf).reshape(C, -1)
    dml = script(f"""
        # nn/util.dml pad_image and unpad_image (generators/nn_forward.py): zero and -Inf padding,
        # padding on one axis only, and unpadding restores the image.
        source("nn/util.dml") as util
        img = {lit(img)}
        p1 = util::pad_image(img, {H}, {W}, 1, 2, 0)
        print(toString(p1, decimal={DECIMALS}))
        p2 = util::pad_image(img, {H}, {W}, 2, 0, -Inf)
        print(toString(p2, decimal={DECIMALS}))
        print(toString(util::unpad_image(p1, {H}, {W}, 1, 2), decimal={DECIMALS}))
        print(toString(util::unpad_image(p2, {H}, {W}, 2, 0), decimal={DECIMALS}))
        print(toString(util::pad_image(img, {H}, {W}, 0, 0, 5), decimal={DECIMALS}))
        """)
    expected = show(p1) + show(p2) + show(img) + show(img) + show(img)
    return dml, expected


@case
def util_transpose():
    N, C, D = 2, 3, 4
    X = np.arange(1, N * C * D + 1, dtype=float).reshape(N, -1)
    cnhw = X.reshape(N, C, D).transpose(1, 0, 2).reshape(C, -1)
    Y = np.arange(1, 6 * 2 * 2 + 1, dtype=float).reshape(6, -1)  # N = 6 > C = 2
    cnhw2 = Y.reshape(6, 2, 2).transpose(1, 0, 2).reshape(2, -1)
    A, B, Cc, Dd = 2, 3, 2, 2
    Z = np.arange(1, A * B * Cc * Dd + 1, dtype=float).reshape(A, -1)
    acbd = Z.reshape(A, B, Cc, Dd).transpose(0, 2, 1, 3).reshape(A, -1)
    dml = script(f"""
        # nn/util.dml axis transposes against NumPy's transpose (generators/nn_forward.py).
        source("nn/util.dml") as util
        print(toString(util::transpose_NCHW_to_CNHW({lit(X)}, {C}), decimal={DECIMALS}))
        print(toString(util::transpose_NCHW_to_CNHW({lit(Y)}, 2), decimal={DECIMALS}))
        print(toString(util::transpose_ABCD_to_ACBD({lit(Z)}, {B}, {Cc}), decimal={DECIMALS}))
        """)
    return dml, show(cnhw) + show(cnhw2) + show(acbd)


@case
def util_channel_sums_threshold():
    N, C, H, W = 2, 3, 2, 2
    X = np.arange(N * C * H * W, dtype=float).reshape(N, -1) - 10
    sums = images(X, C, H, W).sum(axis=(0, 2, 3)).reshape(C, 1)
    dml = script(f"""
        # nn/util.dml channel_sums and threshold by hand (generators/nn_forward.py).
        source("nn/util.dml") as util
        X = {lit(X)}
        print(toString(util::channel_sums(X, {C}, {H}, {W}), decimal={DECIMALS}))
        print(toString(util::threshold(X, 1.5)))
        """)
    return dml, show(sums) + print_matrix((X > 1.5).astype(float))


@case
def util_top_k():
    X = np.array([[3, 1, 4, 1, 5, 9], [2, 6, 5, 3, 5, 8], [-1, -1, -1, 0, -2, -1]], dtype=float)

    def top(M, k):
        # Stable decreasing sort: ties keep the column order.
        idx = np.array([sorted(range(M.shape[1]), key=lambda j: -M[i, j])[:k] for i in range(M.shape[0])])
        return np.take_along_axis(M, idx, axis=1), idx + 1.0

    v, i = top(X, 3)
    v2, i2 = top(X[1:2], 2)
    N, C, H, W = 2, 3, 1, 2
    P = np.array([[0.2, 0.5, 0.7, 0.1, 0.1, 0.4], [0.4, 0.3, 0.2, 0.6, 0.4, 0.1]])
    pv, pi = top(per_pixel(P, C), 2)
    dml = script(f"""
        # nn/util.dml top_k, top_k_row, top_k2d and predict_class against a stable sort
        # (generators/nn_forward.py): ties keep the column order in top_k, go to the last class in
        # predict_class (rowIndexMax).
        source("nn/util.dml") as util
        X = {lit(X)}
        [values, indices] = util::top_k(X, 3)
        print(toString(values, decimal={DECIMALS}))
        print(toString(indices))
        [values, indices] = util::top_k_row(X, 2, 2)
        print(toString(values, decimal={DECIMALS}))
        print(toString(indices))
        P = {lit(P)}
        [values, indices] = util::top_k2d(P, 2, {C}, {H}, {W})
        print(toString(values, decimal={DECIMALS}))
        print(toString(indices))
        print(toString(util::predict_class(P, {C}, {H}, {W})))
        """)
    # The last maximum of each pixel's C values, 1-based.
    last_max = np.array([C - np.argmax(row[::-1]) for row in per_pixel(P, C)], dtype=float)
    expected = (show(v) + print_matrix(i) + show(v2) + print_matrix(i2)
                + show(from_pixels(pv, N, 2)) + print_matrix(from_pixels(pi, N, 2))
                + print_matrix(last_max.reshape(N, H * W)))
    return dml, expected


def main():
    for function in CASES:
        dml, expected = function()
        name = function.__name__
        with open(os.path.join(NN, name + ".dml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dml)
        with open(os.path.join(NN, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected)
        print("wrote", name)


if __name__ == "__main__":
    main()
