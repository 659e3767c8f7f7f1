#!/usr/bin/env bash
# A bounded load on loopback: starts knotguide-service on a free port, runs
# knotguide-service-load against it (see load.cpp for what it sends and checks), then stops the
# service with SIGTERM, which must end it cleanly.
#
#   load.sh <knotguide-service> <knotguide-service-load> [requests [clients [seconds [args]]]]
#
# Arguments after the fifth go to knotguide-service-load (--max-memory-growth, for one).
# CI runs a short load (a few thousand requests); the full run is 100,000 requests.
set -uo pipefail
service=$1
load=$2
requests=${3:-100000}
clients=${4:-8}
seconds=${5:-600}
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

source "$(dirname "$0")/start_service.sh"
start_service "$service" "$work" --quiet || exit 1
port=${base##*:}

"$load" --port "$port" --pid "$pid" --requests "$requests" --clients "$clients" \
  --seconds "$seconds" "${@:6}"
result=$?
kill -TERM "$pid"
wait "$pid"
stopped=$?
echo "service exit code after SIGTERM: $stopped"
[[ $stopped == 0 ]] || result=1
exit "$result"
