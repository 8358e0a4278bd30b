#!/usr/bin/env bash
# Rebuilds the example data sets from Debian's python3-sklearn package (BSD-3-Clause data):
# diabetes (442 x 10 -> 1), iris (150 x 4, 3 classes) and digits (1797 x 64, 10 classes).
# Usage: examples/data/fetch.sh   (needs apt-get; runs 'apt-get update' when the package is unknown)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download python3-sklearn >/dev/null 2>&1 || { apt-get update -qq && apt-get download python3-sklearn >/dev/null; }
dpkg -x python3-sklearn_*.deb pkg
data=pkg/usr/lib/python3/dist-packages/sklearn/datasets/data

# diabetes: space-separated features; the target is one value per line in scientific notation
zcat "$data/diabetes_data_raw.csv.gz" | tr -s ' ' ',' > "$here/diabetes_X.csv"
zcat "$data/diabetes_target.csv.gz" | awk '{ printf "%.1f\n", $1 }' > "$here/diabetes_y.csv"
# iris: drop the header line (counts and class names); labels 0..2 become 1..3
tail -n +2 "$data/iris.csv" | awk -F, '{ print $1 "," $2 "," $3 "," $4 > "'"$here"'/iris_X.csv"; print $5 + 1 > "'"$here"'/iris_y.csv" }'
# digits: 64 pixel columns then the label 0..9, which becomes 1..10
zcat "$data/digits.csv.gz" | awk -F, '{ label = $NF; $NF = ""; sub(/,$/, ""); print > "'"$here"'/digits_X.csv"; print label + 1 > "'"$here"'/digits_y.csv" }' OFS=,
echo "wrote diabetes, iris and digits CSV files to $here"
