#!/usr/bin/python3
"""LeNet and MLP training speed in NumPy, the reference of bench/nn.sh (float64, NCHW).

Same networks, batch, optimizer and data as bench/scripts/nn_*_step.dml and bench/torch:
  lenet: 1x28x28 -> conv 5x5x32 pad 2 -> relu -> maxpool 2x2/2 -> conv 5x5x64 pad 2 -> relu
         -> maxpool 2x2/2 -> affine 3136x512 -> relu -> affine 512x10 -> softmax cross-entropy
  mlp:   784 -> 512 -> relu -> 256 -> relu -> 10 -> softmax cross-entropy
SGD with momentum 0.9, lr 0.01, batches in order from the MNIST training images (pixels / 255).
Convolutions are im2col (as_strided windows copied into a patch matrix) + one GEMM; the data
gradient scatters the patch gradients back with one strided add per filter tap.
One untimed warm-up run, then RUNS timed runs of BATCHES batches; prints images/s of each and
a RESULT line with the median.

Usage: numpy_nn.py --net lenet|mlp --images PATH --labels PATH [--batches 50] [--runs 5]
                   [--batch 64] [--threads 2] [--coretype SkylakeX]
"""
import argparse
import os

ap = argparse.ArgumentParser()
ap.add_argument("--net", choices=("lenet", "mlp"), default="lenet")
ap.add_argument("--images", required=True)
ap.add_argument("--labels", required=True)
ap.add_argument("--batches", type=int, default=50)
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--batch", type=int, default=64)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--coretype", default="SkylakeX", help="OPENBLAS_CORETYPE ('' keeps OpenBLAS's own choice)")
args = ap.parse_args()

for v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ[v] = str(args.threads)
if args.coretype:
    os.environ["OPENBLAS_CORETYPE"] = args.coretype

import time  # noqa: E402

import numpy as np  # noqa: E402
from numpy.lib.stride_tricks import as_strided  # noqa: E402


def read_mnist(images_path, labels_path):
    """Images as an N x 784 float64 matrix scaled to [0, 1], labels as int64."""
    raw = np.fromfile(images_path, dtype=np.uint8)
    count = int.from_bytes(raw[4:8].tobytes(), "big")
    images = raw[16:16 + count * 784].reshape(count, 784).astype(np.float64) / 255.0
    labels = np.fromfile(labels_path, dtype=np.uint8)[8:8 + count].astype(np.int64)
    return images, labels


def he_normal(rng, fan_in, shape):
    return rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)


class Conv:
    """Square-filter convolution with stride 1 and padding pad, weights F x (C*k*k)."""

    def __init__(self, rng, c, f, k, pad):
        self.c, self.f, self.k, self.pad = c, f, k, pad
        self.w = he_normal(rng, c * k * k, (f, c * k * k))
        self.b = np.zeros(f)

    def forward(self, x):
        n, c, h, w = x.shape
        k, p = self.k, self.pad
        xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
        ho, wo = h + 2 * p - k + 1, w + 2 * p - k + 1
        s = xp.strides
        windows = as_strided(xp, (n, ho, wo, c, k, k), (s[0], s[2], s[3], s[1], s[2], s[3]))
        self.cols = windows.reshape(n * ho * wo, c * k * k)  # copies: the patch matrix
        self.shape = x.shape
        out = self.cols @ self.w.T + self.b  # (n*ho*wo) x f
        return out.reshape(n, ho, wo, self.f).transpose(0, 3, 1, 2)

    def backward(self, dout, need_dx=True):
        n, c, h, w = self.shape
        k, p = self.k, self.pad
        ho, wo = dout.shape[2], dout.shape[3]
        d = np.ascontiguousarray(dout.transpose(0, 2, 3, 1)).reshape(n * ho * wo, self.f)
        self.dw = d.T @ self.cols
        self.db = d.sum(axis=0)
        if not need_dx:
            return None
        dcols = (d @ self.w).reshape(n, ho, wo, c, k, k)
        dxp = np.zeros((n, c, h + 2 * p, w + 2 * p))
        for i in range(k):
            for j in range(k):
                dxp[:, :, i:i + ho, j:j + wo] += dcols[:, :, :, :, i, j].transpose(0, 3, 1, 2)
        return dxp[:, :, p:p + h, p:p + w]


class MaxPool2:
    """2x2 max pooling with stride 2; the gradient goes to the first maximum of each window."""

    def forward(self, x):
        n, c, h, w = x.shape
        win = x.reshape(n, c, h // 2, 2, w // 2, 2).transpose(0, 1, 2, 4, 3, 5).reshape(n, c, h // 2, w // 2, 4)
        self.arg = win.argmax(axis=4)
        self.shape = x.shape
        return np.take_along_axis(win, self.arg[..., None], axis=4)[..., 0]

    def backward(self, dout):
        n, c, h, w = self.shape
        dwin = np.zeros((n, c, h // 2, w // 2, 4))
        np.put_along_axis(dwin, self.arg[..., None], dout[..., None], axis=4)
        return dwin.reshape(n, c, h // 2, w // 2, 2, 2).transpose(0, 1, 2, 4, 3, 5).reshape(n, c, h, w)


class Affine:
    """out = x @ W + b with W of shape (d, m)."""

    def __init__(self, rng, d, m):
        self.w = he_normal(rng, d, (d, m))
        self.b = np.zeros(m)

    def forward(self, x):
        self.x = x
        return x @ self.w + self.b

    def backward(self, dout, need_dx=True):
        self.dw = self.x.T @ dout
        self.db = dout.sum(axis=0)
        return dout @ self.w.T if need_dx else None


def softmax_cross_entropy(scores, labels):
    """Mean cross-entropy loss and its gradient w.r.t. the scores."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)
    n = scores.shape[0]
    loss = -np.log(probs[np.arange(n), labels] + 1e-10).mean()
    dscores = probs
    dscores[np.arange(n), labels] -= 1.0
    return loss, dscores / n


class LeNet:
    def __init__(self, rng):
        self.conv1, self.pool1 = Conv(rng, 1, 32, 5, 2), MaxPool2()
        self.conv2, self.pool2 = Conv(rng, 32, 64, 5, 2), MaxPool2()
        self.fc1, self.fc2 = Affine(rng, 3136, 512), Affine(rng, 512, 10)
        self.layers = [self.conv1, self.conv2, self.fc1, self.fc2]

    def step(self, x, labels):
        x = x.reshape(-1, 1, 28, 28)
        a1 = self.conv1.forward(x)
        p1 = self.pool1.forward(np.maximum(a1, 0))
        a2 = self.conv2.forward(p1)
        p2 = self.pool2.forward(np.maximum(a2, 0))
        a3 = self.fc1.forward(p2.reshape(p2.shape[0], -1))
        scores = self.fc2.forward(np.maximum(a3, 0))
        loss, d = softmax_cross_entropy(scores, labels)
        d = self.fc2.backward(d) * (a3 > 0)
        d = self.fc1.backward(d).reshape(p2.shape)
        d = self.pool2.backward(d) * (a2 > 0)
        d = self.pool1.backward(self.conv2.backward(d)) * (a1 > 0)
        self.conv1.backward(d, need_dx=False)
        return loss


class Mlp:
    def __init__(self, rng):
        self.fc1, self.fc2, self.fc3 = Affine(rng, 784, 512), Affine(rng, 512, 256), Affine(rng, 256, 10)
        self.layers = [self.fc1, self.fc2, self.fc3]

    def step(self, x, labels):
        a1 = self.fc1.forward(x)
        a2 = self.fc2.forward(np.maximum(a1, 0))
        scores = self.fc3.forward(np.maximum(a2, 0))
        loss, d = softmax_cross_entropy(scores, labels)
        d = self.fc3.backward(d) * (a2 > 0)
        d = self.fc2.backward(d) * (a1 > 0)
        self.fc1.backward(d, need_dx=False)
        return loss


class Momentum:
    """SGD with momentum: v = mu*v - lr*g; p = p + v (as nn/optim/sgd_momentum.dml)."""

    def __init__(self, layers, lr=0.01, mu=0.9):
        self.layers, self.lr, self.mu = layers, lr, mu
        self.v = [(np.zeros_like(layer.w), np.zeros_like(layer.b)) for layer in layers]

    def step(self):
        for layer, (vw, vb) in zip(self.layers, self.v):
            vw *= self.mu
            vw -= self.lr * layer.dw
            layer.w += vw
            vb *= self.mu
            vb -= self.lr * layer.db
            layer.b += vb


def main():
    images, labels = read_mnist(args.images, args.labels)
    rng = np.random.default_rng(42)
    model = LeNet(rng) if args.net == "lenet" else Mlp(rng)
    optimizer = Momentum(model.layers)
    batches_in_data = images.shape[0] // args.batch
    state = {"next": 0}

    def train(count):
        loss = 0.0
        for _ in range(count):
            start = (state["next"] % batches_in_data) * args.batch
            state["next"] += 1
            loss = model.step(images[start:start + args.batch], labels[start:start + args.batch])
            optimizer.step()
        return loss

    print(f"# NumPy {np.__version__}, OpenBLAS threads {args.threads} coretype {args.coretype or 'auto'}, "
          f"{args.net} float64 batch {args.batch}, {args.batches} batches per run")
    print(f"warm-up: last loss {train(max(5, args.batches // 5)):.4f}")
    rates = []
    for run in range(args.runs):
        start = time.perf_counter()
        loss = train(args.batches)
        rate = args.batches * args.batch / (time.perf_counter() - start)
        rates.append(rate)
        print(f"run {run + 1}: {rate:.1f} images/s, last loss {loss:.4f}")
    rates.sort()
    print(f"RESULT numpy-float64 {args.net} median {rates[len(rates) // 2]:.1f} "
          f"min {rates[0]:.1f} max {rates[-1]:.1f} images/s")


main()
