#!/usr/bin/env bash
# Writes a second copy of the default knowledge base's headers into <dir>/knotguide_second/: the
# same tables under namespace knotguide::second, so that a program can hold a knowledge base
# twice the size of the default one (twice_knowledge.hpp joins the two), and bench.sh can show
# how each figure grows with the knowledge. Only names change: guards, the namespace and the
# default_knowledge variable; the includes point at the library's own headers.
#
#   benchmarks/second_knowledge.sh <dir>
set -euo pipefail
(($# == 1)) || { echo "usage: $0 <dir>" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1/knotguide_second
mkdir -p "$out"
for header in "$root"/include/knotguide/knowledge/default*.hpp; do
  sed -E \
    -e 's/KNOTGUIDE_KNOWLEDGE_DEFAULT/KNOTGUIDE_SECOND_DEFAULT/g' \
    -e 's/namespace knotguide::defaults/namespace knotguide::second/g' \
    -e 's/\bdefaults::/second::/g' \
    -e 's/\bdefault_knowledge\b/second_knowledge/g' \
    -e 's|#include "\.\./([a-z_]+\.hpp)"|#include <knotguide/\1>|' \
    "$header" >"$out/$(basename "$header")"
done
# Every name that ties a copy to the default one is gone.
if grep -nE 'KNOTGUIDE_KNOWLEDGE_DEFAULT|knotguide::defaults|defaults::|default_knowledge' \
  "$out"/*.hpp; then
  echo "$0: the copy above still names the default knowledge base" >&2
  exit 1
fi
