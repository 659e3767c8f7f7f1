#!/usr/bin/env bash
# The compile-time cost of including knotguide's headers: g++ -std=c++20 -fsyntax-only on a file
# that holds one #include, best of N runs, minus the best of N on an empty file. Standard
# headers are measured the same way for comparison.
#
#   benchmarks/include_cost.sh [compiler] [runs]
set -euo pipefail
cxx=${1:-g++}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_ms() {
  local best=""
  for ((i = 0; i < runs; i++)); do
    local start end ms
    start=$(date +%s%N)
    "$cxx" -std=c++20 -fsyntax-only -I"$root/include" "$1"
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    if [[ -z $best || $ms -lt $best ]]; then best=$ms; fi
  done
  echo "$best"
}

: >"$work/empty.cpp"
empty=$(best_ms "$work/empty.cpp")
echo "compiler: $("$cxx" --version | head -n 1); best of $runs; empty file: $empty ms"
printf '%-32s %8s %14s\n' header "ms" "lines (-E -P)"
for header in knotguide/recommend.hpp knotguide/knotguide.hpp knotguide/chrono.hpp knotguide/io.hpp knotguide/json.hpp \
  knotguide/cds_hooks.hpp knotguide/nlohmann.hpp boost/pfr/core.hpp nlohmann/json.hpp iostream string \
  vector chrono; do
  echo "#include <$header>" >"$work/one.cpp"
  ms=$(best_ms "$work/one.cpp")
  lines=$("$cxx" -std=c++20 -E -P -I"$root/include" "$work/one.cpp" | grep -c .)
  printf '%-32s %8d %14d\n' "<$header>" $((ms - empty)) "$lines"
done
