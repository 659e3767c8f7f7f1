#!/usr/bin/env bash
# Misbehaving clients against knotguide-service: starts it on a free loopback port with short
# deadlines, runs knotguide-service-hostile against it (see hostile.cpp for each way and what it
# checks), then sends SIGTERM while slow clients are still connected: the service must end, with
# exit code 0, within its --stop-timeout and a second.
#
#   hostile.sh <knotguide-service> <knotguide-service-hostile> [args for the hostile client]
set -uo pipefail
service=$1
hostile=$2
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

source "$(dirname "$0")/start_service.sh"
start_service "$service" "$work" --quiet --request-timeout 3 --idle-timeout 2 --stop-timeout 1 \
  --max-requests 100 || exit 1
port=${base##*:}

"$hostile" --port "$port" --pid "$pid" --request-timeout 3 --max-requests 100 "${@:3}"
result=$?

# Three clients that have begun a request and send no more, then the stop.
exec 3<>"/dev/tcp/127.0.0.1/$port" 4<>"/dev/tcp/127.0.0.1/$port" 5<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /healthz HTTP/1.1\r\n' >&3
printf 'POST /v1/plan HTTP/1.1\r\nHost: h\r\nContent-Length: 50\r\n\r\n{' >&4
started=$(date +%s%N)
kill -TERM "$pid"
wait "$pid"
stopped=$?
took=$((($(date +%s%N) - started) / 1000000))
exec 3>&- 4>&- 5>&-
if [[ $stopped == 0 && $took -le 2000 ]]; then
  echo "ok   stopped by SIGTERM in $took ms with slow clients connected (exit code 0)"
else
  echo "FAIL stop by SIGTERM: exit code $stopped after $took ms (at most 2000 ms)"
  result=1
fi
exit "$result"
