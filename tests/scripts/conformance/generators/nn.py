"""Expected output of the nn_* conformance scripts: the NN builtins recomputed with NumPy loops from their NCHW definitions."""
import numpy as np

import dmlfmt


def conv(x, w, n, c, h, wd, k, r, s, sh, sw, ph, pw):
    p, q = (h + 2 * ph - r) // sh + 1, (wd + 2 * pw - s) // sw + 1
    img = np.pad(x.reshape(n, c, h, wd), ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    f = w.reshape(k, c, r, s)
    out = np.zeros((n, k, p, q))
    for i in range(p):
        for j in range(q):
            window = img[:, :, i * sh:i * sh + r, j * sw:j * sw + s]
            out[:, :, i, j] = np.einsum("ncrs,kcrs->nk", window, f)
    return out.reshape(n, -1), img, f, p, q


def conv_backward(x, w, dout, n, c, h, wd, k, r, s, sh, sw, ph, pw):
    _, img, f, p, q = conv(x, w, n, c, h, wd, k, r, s, sh, sw, ph, pw)
    d = dout.reshape(n, k, p, q)
    dw = np.zeros_like(f)
    dimg = np.zeros_like(img)
    for i in range(p):
        for j in range(q):
            window = img[:, :, i * sh:i * sh + r, j * sw:j * sw + s]
            dw += np.einsum("nk,ncrs->kcrs", d[:, :, i, j], window)
            dimg[:, :, i * sh:i * sh + r, j * sw:j * sw + s] += np.einsum("nk,kcrs->ncrs", d[:, :, i, j], f)
    return dw.reshape(k, -1), dimg[:, :, ph:ph + h, pw:pw + wd].reshape(n, -1)


def pool(x, dp, n, c, h, wd, r, s, sh, sw, ph, pw):
    """max and avg pooling (padding never wins a max; the average divides by r*s) and their gradients."""
    p, q = (h + 2 * ph - r) // sh + 1, (wd + 2 * pw - s) // sw + 1
    img = x.reshape(n, c, h, wd)
    mx, av = np.zeros((n, c, p, q)), np.zeros((n, c, p, q))
    dmx, dav = np.zeros_like(img), np.zeros_like(img)
    d = dp.reshape(n, c, p, q)
    for i in range(p):
        for j in range(q):
            h0, w0 = i * sh - ph, j * sw - pw
            hs, ws = slice(max(h0, 0), min(h0 + r, h)), slice(max(w0, 0), min(w0 + s, wd))
            window = img[:, :, hs, ws]
            mx[:, :, i, j] = window.max(axis=(2, 3))
            av[:, :, i, j] = window.sum(axis=(2, 3)) / (r * s)
            dav[:, :, hs, ws] += (d[:, :, i, j] / (r * s))[:, :, None, None]
            for a in range(n):
                for b in range(c):
                    flat = np.argmax(window[a, b])
                    hh, ww = divmod(flat, window.shape[3])
                    dmx[a, b, hs.start + hh, ws.start + ww] += d[a, b, i, j]
    return mx.reshape(n, -1), av.reshape(n, -1), dmx.reshape(n, -1), dav.reshape(n, -1)


N, C, H, W_, K, R, S = 2, 2, 5, 4, 3, 2, 3
X = np.sin(np.arange(1, 81, dtype=float)).reshape(2, 40)
W = np.cos(np.arange(1, 37, dtype=float)).reshape(3, 12)
text = "N=2 C=2 H=5 W=4, K=3 R=2 S=3, stride [2, 1], padding [1, 1]\n"
out, _, _, P, Q = conv(X, W, N, C, H, W_, K, R, S, 2, 1, 1, 1)
text += dmlfmt.print_matrix(out)
dout = np.sin(np.arange(1, out.shape[1] * 2 + 1, dtype=float).reshape(2, -1) * 0.7)
dw, dx = conv_backward(X, W, dout, N, C, H, W_, K, R, S, 2, 1, 1, 1)
text += dmlfmt.print_matrix(dw) + dmlfmt.print_matrix(dx)
p2, q2 = (H + 2 - 3) // 2 + 1, (W_ - 2) // 2 + 1
dp = np.cos(np.arange(1, C * p2 * q2 * 2 + 1, dtype=float).reshape(2, -1))
mx, av, dmx, dav = pool(X, dp, N, C, H, W_, 3, 2, 2, 2, 1, 0)
text += dmlfmt.print_matrix(mx) + dmlfmt.print_matrix(av) + dmlfmt.print_matrix(dmx) + dmlfmt.print_matrix(dav)
b = np.array([0.5, -2.0])
per_channel = np.repeat(b, H * W_)[None, :]
text += dmlfmt.print_matrix(X + per_channel) + dmlfmt.print_matrix(X * per_channel)
gamma, beta = np.array([1.5, 0.5]), np.array([0.1, -0.1])
cells = X.reshape(N, C, H * W_)
mean = cells.mean(axis=(0, 2))
var = cells.var(axis=(0, 2))
inv = 1 / np.sqrt(var + 1e-5)
xhat = (cells - mean[None, :, None]) * inv[None, :, None]
bn = xhat * gamma[None, :, None] + beta[None, :, None]
text += dmlfmt.print_matrix(bn.reshape(N, -1))
text += dmlfmt.print_matrix(np.column_stack([0.1 * mean, 0.9 + 0.1 * var, mean, inv]))
dy = np.sin(X * 3).reshape(N, C, H * W_)
m = N * H * W_
dbeta = dy.sum(axis=(0, 2))
dgamma = (dy * xhat).sum(axis=(0, 2))
dxn = (gamma * inv / m)[None, :, None] * (m * dy - dbeta[None, :, None] - xhat * dgamma[None, :, None])
text += dmlfmt.print_matrix(dxn.reshape(N, -1)) + dmlfmt.print_matrix(np.column_stack([dgamma, dbeta]))
dmlfmt.write_expected("nn_builtins", text)

# Scripts that fail at run time, and what they print before.
dmlfmt.write_expected("nn_runtime_input_shape", dmlfmt.lines("before"))
avg = np.zeros((5, 3))
img = np.arange(1, 17, dtype=float).reshape(4, 4)
for i in range(5):
    for j in range(3):
        avg[i, j] = img[max(i - 1, 0):min(i + 1, 4), j:j + 2].sum() / 4
dmlfmt.write_expected("nn_runtime_negative_padding", dmlfmt.lines(avg.sum()))
dmlfmt.write_expected("nn_runtime_filter_fit", dmlfmt.lines(np.arange(1, 10, dtype=float).sum()))
