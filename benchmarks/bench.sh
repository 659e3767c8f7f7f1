#!/usr/bin/env bash
# knotguide's budget figures from one run, as the Markdown that benchmarks/README.md keeps: the
# machine, each budget beside its figure, then the detail of each part.
#
#   benchmarks/bench.sh --benchmarks build/bench/benchmarks/knotguide_benchmarks \
#     --peer build/bench/benchmarks/knotguide_peer_export \
#     --compiler g++ --compiler clang++-14 [--runs 5] [--smoke]
#
# Parts: run time (Google Benchmark: recommend() against its floor, a zero-filled result<plan>);
# include cost (-fsyntax-only on one #include, least CPU time of --runs, minus an empty file) beside
# standard and dependency headers; a plan proved by static_assert (static_plans.cpp at 27 plans
# minus 0, over 27); and, with a clang, the constant-evaluation steps a file proving
# is_whole(default_knowledge) needs (the least -fconstexpr-steps that compiles, found by
# bisection: the largest single evaluation of that file, which is is_whole()'s). The run time, the
# static_assert plan and the umbrella's include cost are measured again with a knowledge base
# twice the default's size (twice_knowledge.hpp over second_knowledge.sh's copy), to show how each
# grows with the knowledge. Last, the peer: knotguide's rules exported to json-rules-engine
# (peer/export_rules.cpp), run by node over the same assessments (peer/compare.mjs), which first
# checks that every triage level and every plan's steps agree on all 9,216, and only then times
# both on 1,024 of them (it needs `npm ci --prefix benchmarks/peer`).
#
# --smoke runs each part once, as briefly as it can (three of the headers; the steps only with a
# clang, to a sixteenth) and checks that each compilation and benchmark ran and gave a figure,
# without a report: CI runs it in every test preset that builds the benchmarks; times mean
# nothing there.
set -euo pipefail
export LC_ALL=C  # bash's `time` and awk read and write numbers with a decimal point
root=$(cd "$(dirname "$0")/.." && pwd)

usage() {
  echo "usage: $0 --benchmarks <knotguide_benchmarks> --peer <knotguide_peer_export>" \
    "--compiler <c++> [--compiler <c++>] [--runs N] [--smoke]" >&2
  exit 2
}
benchmarks=""
peer=""
compilers=()
runs=5
smoke=0
while (($#)); do
  case $1 in
    --benchmarks) benchmarks=${2:-}; shift 2 || usage ;;
    --peer) peer=${2:-}; shift 2 || usage ;;
    --compiler) compilers+=("${2:-}"); shift 2 || usage ;;
    --runs) runs=${2:-}; shift 2 || usage ;;
    --smoke) smoke=1; shift ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[[ -x $benchmarks ]] || { echo "--benchmarks: not an executable: '$benchmarks'" >&2; usage; }
[[ -x $peer ]] || { echo "--peer: not an executable: '$peer'" >&2; usage; }
# The peer needs node and json-rules-engine: the report fails without them, the smoke run says it
# left the peer out (as the tests that need node report "skipped").
with_peer=1
if ! command -v node >/dev/null || [[ ! -d $root/benchmarks/peer/node_modules/json-rules-engine ]]; then
  echo "bench.sh: the peer needs node and json-rules-engine: npm ci --prefix benchmarks/peer" >&2
  ((smoke)) || exit 2
  with_peer=0
fi
((${#compilers[@]})) || { echo "--compiler: give at least one" >&2; usage; }
[[ $runs =~ ^[1-9][0-9]?$ ]] || { echo "--runs: a whole number from 1 to 99, not '$runs'" >&2; usage; }
for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "--compiler: '$cxx' is not installed" >&2; exit 2; }
done
((smoke)) && runs=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$root/benchmarks/second_knowledge.sh" "$work/second"

# A part that printed nothing, or an error, fails the run; so does a figure that is not positive
# in a timed run (a smoke run's single, untimed compilations may differ by less than their noise).
number() {
  [[ $2 =~ ^-?[0-9]+([.][0-9]+)?$ ]] || { echo "bench.sh: $1 gave no figure ('$2')" >&2; exit 1; }
  if ((!smoke)) && ! awk -v x="$2" 'BEGIN { exit !(x > 0) }'; then
    echo "bench.sh: $1 is not positive ($2): rerun on a quiet machine or with more --runs" >&2
    exit 1
  fi
  echo "$2"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
is_clang() { "$1" --version | grep -q clang; }
short_name() { "$1" --version | head -n 1 | sed -E 's/ \(.*\)//; s/^Debian //; s/clang version/clang/'; }

# The include paths of a file: the library's, and for the knowledge base twice the size the
# benchmarks' and the copy's (only there, so that no other file pays for their lookups).
includes() {
  echo "-I$root/include"
  if [[ ${1##*/} == *twice* ]]; then
    echo "-I$root/benchmarks"
    echo "-I$work/second"
  fi
}
# One compilation's CPU time (user and system), in milliseconds.
cpu_ms() {
  local TIMEFORMAT='%3U %3S'
  local paths
  mapfile -t paths < <(includes "$2")
  { time "$1" -std=c++20 -fsyntax-only "${paths[@]}" "$2" 2>"$work/compiler.err"; } \
    2>"$work/time" || { cat "$work/compiler.err" >&2; exit 1; }
  awk '{ printf "%.0f", 1000 * ($1 + $2) }' "$work/time"
}

# --- Run time ------------------------------------------------------------------------------
if ((smoke)); then
  timing=(--benchmark_repetitions=1 --benchmark_min_time=0.001)
else
  timing=(--benchmark_repetitions=5 --benchmark_report_aggregates_only=true)
fi
"$benchmarks" --benchmark_filter='^(recommend_|floor_)' --benchmark_format=csv "${timing[@]}" \
  >"$work/run.csv" 2>"$work/run.err" || { cat "$work/run.err" >&2; exit 1; }
# The median of the repetitions (the plain row when there is one repetition), in ns.
run_ns() {
  number "run time of $1" "$(awk -F, -v want="\"$1\"" -v median="\"$1_median\"" \
    '($1 == want || $1 == median) && $5 == "ns" { printf "%.0f", $3; exit }' "$work/run.csv")"
}
floor=$(run_ns floor_zero_filled_plan)
desk=$(run_ns recommend_desk_worker)
varied=$(run_ns recommend_varied)
desk_twice=$(run_ns recommend_desk_worker_twice_knowledge)
varied_twice=$(run_ns recommend_varied_twice_knowledge)
runner=$(run_ns recommend_runner)
red_flag=$(run_ns recommend_red_flag)

# --- Compile time --------------------------------------------------------------------------
: >"$work/empty.cpp"
declare -A include_ms lines plan_ms plan_twice_ms steps best
header_file=()
references=(iostream string boost/pfr.hpp nlohmann/json.hpp)
headers=(knotguide/knotguide.hpp knotguide/recommend.hpp knotguide/chrono.hpp knotguide/io.hpp
  knotguide/json.hpp knotguide/cds_hooks.hpp knotguide/nlohmann.hpp twice_knowledge.hpp
  "${references[@]}")
((smoke)) && headers=(knotguide/knotguide.hpp twice_knowledge.hpp iostream)
files=("$work/empty.cpp")
for i in "${!headers[@]}"; do
  file=$work/header$i.cpp
  [[ ${headers[$i]} == twice_knowledge.hpp ]] && file=$work/header${i}_twice.cpp
  echo "#include <${headers[$i]}>" >"$file"
  files+=("$file")
  header_file[$i]=$file
done
for plans in 0 27; do
  printf '#define KNOTGUIDE_PLANS %s\n#include "%s"\n' $plans "$root/benchmarks/static_plans.cpp" \
    >"$work/plans$plans.cpp"
  printf '#define KNOTGUIDE_TWICE_KNOWLEDGE\n#include "%s"\n' "$work/plans$plans.cpp" \
    >"$work/twice_plans$plans.cpp"
  files+=("$work/plans$plans.cpp" "$work/twice_plans$plans.cpp")
done
for cxx in "${compilers[@]}"; do
  # Each file's least CPU time of --runs, compiled in turns (every file once, then again): CPU
  # time rather than wall time, and turns rather than one file's runs in a row, so that other
  # work on the machine, and its drift over the minutes, move the figures and their ratios less.
  best=()
  for ((run = 0; run < runs; run++)); do
    for file in "${files[@]}"; do
      ms=$(cpu_ms "$cxx" "$file")
      if [[ -z ${best[$file]:-} || $ms -lt ${best[$file]} ]]; then best[$file]=$ms; fi
    done
  done
  empty=${best[$work/empty.cpp]}
  for i in "${!headers[@]}"; do
    file=${header_file[$i]}
    include_ms[$cxx,${headers[$i]}]=$(number "<${headers[$i]}> with $cxx" \
      $((best[$file] - empty)))
    mapfile -t paths < <(includes "$file")
    lines[$cxx,${headers[$i]}]=$("$cxx" -std=c++20 -E -P "${paths[@]}" "$file" | grep -c .)
  done
  plan_ms[$cxx]=$(number "a static_assert plan with $cxx" \
    "$(ratio $((best[$work/plans27.cpp] - best[$work/plans0.cpp])) 27)")
  plan_twice_ms[$cxx]=$(number "a static_assert plan from twice the knowledge with $cxx" \
    "$(ratio $((best[$work/twice_plans27.cpp] - best[$work/twice_plans0.cpp])) 27)")
  if is_clang "$cxx"; then
    # The least step budget under which the knowledge base is proved whole: failing at lo,
    # compiling at hi. The smoke run stops within a sixteenth.
    echo '#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>
static_assert(knotguide::is_whole(knotguide::default_knowledge));' >"$work/whole.cpp"
    proves() { "$cxx" -std=c++20 -fsyntax-only -I"$root/include" -fconstexpr-steps="$1" \
      "$work/whole.cpp" 2>/dev/null; }
    lo=0
    hi=1048576
    until proves "$hi"; do
      lo=$hi
      hi=$((hi * 2))
      if ((hi > 1 << 30)); then
        echo "bench.sh: is_whole() is not proved within 2^30 steps by $cxx:" >&2
        "$cxx" -std=c++20 -fsyntax-only -I"$root/include" "$work/whole.cpp"
        exit 1
      fi
    done
    precision=$((smoke ? hi / 16 : 1))
    while ((hi - lo > precision)); do
      mid=$(((lo + hi) / 2))
      if proves "$mid"; then hi=$mid; else lo=$mid; fi
    done
    steps[$cxx]=$(number "is_whole() steps with $cxx" "$hi")
  fi
done

# --- The peer ------------------------------------------------------------------------------
# The smoke run checks every assessment's agreement too, and times one round.
if ((with_peer)); then
  mkdir "$work/peer"
  peer_rounds=$((smoke ? 1 : 5))
  exported=$("$peer" "$work/peer" --rounds "$peer_rounds") ||
    { echo "bench.sh: the peer's exporter failed" >&2; exit 1; }
  knotguide_ns=$(number "knotguide over the peer's assessments" "$exported")
  compared=$(node "$root/benchmarks/peer/compare.mjs" "$work/peer" "$peer_rounds") ||
    { echo "bench.sh: the peer comparison failed" >&2; exit 1; }
  read -r peer_checked peer_timed peer_ns <<<"$compared"
  peer_ns=$(number "json-rules-engine over the peer's assessments" "${peer_ns:-}")
fi

# --- The report ----------------------------------------------------------------------------
if ((smoke)); then
  echo "bench.sh --smoke: each part ran once and gave its figures$( ((with_peer)) || echo ", but the peer")" \
    "(untimed: see the bench preset)"
  exit 0
fi
gxx=${compilers[0]}
model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores of ${model:-an unknown CPU}, $(uname -sm);"
echo "run time: $(short_name "$gxx") -O3 -DNDEBUG, median of 5 repetitions; compile time:"
echo "-std=c++20 -fsyntax-only, least CPU time of $runs runs, with $(for c in "${compilers[@]}"; do short_name "$c"; done |
  paste -sd, | sed 's/,/, /g')."
echo
echo "| figure | measured | budget |"
echo "| --- | ---: | ---: |"
echo "| \`recommend()\` of the desk worker / the floor (a zero-filled \`result<plan>\`) |" \
  "$desk ns / $floor ns = $(ratio "$desk" "$floor")x | at most 5x |"
echo "| \`recommend()\` over 1,024 varied assessments (the sweep's kind) / the floor |" \
  "$varied ns / $floor ns = $(ratio "$varied" "$floor")x | at most 5x |"
for cxx in "${compilers[@]}"; do
  echo "| a \`static_assert(recommend(...))\` plan, 27 in one file, $(short_name "$cxx") |" \
    "${plan_ms[$cxx]} ms | at most 5 ms |"
done
for cxx in "${compilers[@]}"; do
  echo "| \`<knotguide/knotguide.hpp>\` / \`<iostream>\`, $(short_name "$cxx") |" \
    "${include_ms[$cxx,knotguide/knotguide.hpp]} ms / ${include_ms[$cxx,iostream]} ms =" \
    "$(ratio "${include_ms[$cxx,knotguide/knotguide.hpp]}" "${include_ms[$cxx,iostream]}")x | at most 0.75x |"
done
peer_version=$(node -p "require('$root/benchmarks/peer/node_modules/json-rules-engine/package.json').version")
echo "| json-rules-engine $peer_version / knotguide on the same rules, per evaluation over" \
  "$peer_timed assessments (both give the same level and steps on all $peer_checked checked;" \
  "knotguide's time is a whole plan, json-rules-engine's its level and steps: a lower bound) |" \
  "$peer_ns ns / $knotguide_ns ns = $(ratio "$peer_ns" "$knotguide_ns")x | at least 1,000x |"
for cxx in "${!steps[@]}"; do
  echo "| \`is_whole(default_knowledge)\`, constant-evaluation steps, $(short_name "$cxx") |" \
    "${steps[$cxx]} ($(awk -v s="${steps[$cxx]}" 'BEGIN { printf "%.0f", 100 * s / 1048576 }')% of clang's default) |" \
    "at most 524,288 (half the default) |"
done
echo
echo "Run time of each benchmark assessment (median, ns): desk worker $desk, runner $runner," \
  "numb arm (a red flag) $red_flag, 1,024 varied $varied, floor $floor."
echo
echo "With a knowledge base twice the default's size (twice_knowledge.hpp: its tables of"
echo "interventions, doses, precautions, rules, red flags, implied signs, muscles, causes, course"
echo "and countries hold the default entries twice; the program parses and evaluates both copies):"
echo
echo "| figure | default knowledge | twice the knowledge | growth |"
echo "| --- | ---: | ---: | ---: |"
echo "| \`recommend()\` of the desk worker | $desk ns | $desk_twice ns | $(ratio "$desk_twice" "$desk")x |"
echo "| \`recommend()\` over 1,024 varied assessments | $varied ns | $varied_twice ns |" \
  "$(ratio "$varied_twice" "$varied")x |"
for cxx in "${compilers[@]}"; do
  echo "| a \`static_assert\` plan, $(short_name "$cxx") | ${plan_ms[$cxx]} ms |" \
    "${plan_twice_ms[$cxx]} ms | $(ratio "${plan_twice_ms[$cxx]}" "${plan_ms[$cxx]}")x |"
done
for cxx in "${compilers[@]}"; do
  echo "| the include, $(short_name "$cxx") (the umbrella; \`twice_knowledge.hpp\`) |" \
    "${include_ms[$cxx,knotguide/knotguide.hpp]} ms | ${include_ms[$cxx,twice_knowledge.hpp]} ms |" \
    "$(ratio "${include_ms[$cxx,twice_knowledge.hpp]}" "${include_ms[$cxx,knotguide/knotguide.hpp]}")x |"
done
echo
echo "Include cost (ms over an empty file; preprocessed lines in brackets):"
echo
printf '| header |'
for cxx in "${compilers[@]}"; do printf ' %s |' "$(short_name "$cxx")"; done
printf '\n| --- |'
for _ in "${compilers[@]}"; do printf ' ---: |'; done
echo
for header in "${headers[@]}"; do
  printf '| `<%s>` |' "$header"
  for cxx in "${compilers[@]}"; do
    printf ' %s (%s) |' "${include_ms[$cxx,$header]}" "${lines[$cxx,$header]}"
  done
  echo
done
