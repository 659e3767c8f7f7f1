#!/usr/bin/env bash
# The same load against two builds of knotguide-service in one run, alternating, and a table of
# requests per second, p50 and p99 for each round (load.sh, one round per line):
#
#   compare.sh <old service> <new service> <knotguide-service-load> [requests [clients [rounds]]]
#
# For a change to the transport: build the service before and after it (a worktree of the
# earlier commit) and compare them on the same machine in the same minutes.
set -uo pipefail
old=$1
new=$2
load=$3
requests=${4:-100000}
clients=${5:-8}
rounds=${6:-3}
here=$(dirname "$0")
printf '%-10s %5s %12s %10s %10s %s\n' service round requests/s p50-ms p99-ms checks
status=0
for round in $(seq "$rounds"); do
  for which in old new; do
    binary=$old
    [[ $which == new ]] && binary=$new
    out=$(bash "$here/load.sh" "$binary" "$load" "$requests" "$clients" 600 2>&1)
    ok=pass
    grep -q "every check holds" <<<"$out" || { ok=FAIL; status=1; }
    read -r rps p50 p99 < <(sed -nE 's/^throughput: ([0-9]+) requests\/s; latency p50 ([0-9.]+) ms, p99 ([0-9.]+) ms$/\1 \2 \3/p' <<<"$out")
    printf '%-10s %5s %12s %10s %10s %s\n' "$which" "$round" "${rps:-?}" "${p50:-?}" "${p99:-?}" "$ok"
  done
done
exit "$status"
