#!/usr/bin/env bash
# Runtime benchmarks: interpreter overhead (scalar loop, 1x1 left-indexing) and kernels (element-wise,
# aggregates, transpose, GEMM), each next to its NumPy counterpart measured in the same run; then the
# shared reference anchors (numpy_bench.py: Python loop and 1x1 NumPy overheads, OpenBLAS GEMM) and the
# cold wall time of a whole `dmlc run` of the scalar loop. Prints markdown tables and raw lines.
# Usage: bench/runtime.sh [runs] [case-prefix,...]     e.g. bench/runtime.sh 5 scalar,lix
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
only=${2:-}
python=/usr/bin/python3

for project in bench/DmlNet.Bench src/Dmlc; do
  dotnet build -c Release "$project" -v quiet -nologo
done
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/DmlNet.Bench/bin/Release/net10.0/DmlNet.Bench.dll runtime --runs "$runs" ${only:+--only "$only"}

echo
echo "# reference anchors (bench/reference/numpy_bench.py)"
"$python" bench/reference/numpy_bench.py --threads 1 --reps "$runs" --only overhead
"$python" bench/reference/numpy_bench.py --threads 2 --reps "$runs" --coretype SkylakeX --only gemm --dtypes float64

echo
dmlc=src/Dmlc/bin/Release/net10.0/dmlc
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$dmlc" run bench/scripts/scalar_loop.dml > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold dmlc run of scalar_loop.dml (10^6 iterations, process start to exit): median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms over $runs runs (min ${sorted[0]}, max ${sorted[-1]})"
