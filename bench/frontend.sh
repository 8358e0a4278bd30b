#!/usr/bin/env bash
# Front-end benchmark: parse + validate throughput (warm, in-process) and the wall time of a
# cold `dmlc check` process on a generated 500-line script. Prints medians.
# Usage: bench/frontend.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
out=bench/out
mkdir -p "$out"

for project in bench/DmlNet.Bench src/Dmlc; do
  dotnet build -c Release "$project" -v quiet -nologo
done
dotnet bench/DmlNet.Bench/bin/Release/net10.0/DmlNet.Bench.dll --runs "$runs"

dotnet bench/DmlNet.Bench/bin/Release/net10.0/DmlNet.Bench.dll --lines 500 --write-script "$out/script500.dml"
dmlc="src/Dmlc/bin/Release/net10.0/dmlc"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$dmlc" check "$out/script500.dml" 2>/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold dmlc check of a 500-line script: median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms over $runs runs (min ${sorted[0]}, max ${sorted[-1]})"
