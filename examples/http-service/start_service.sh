# Sourced by test_service.sh and load.sh: start_service SERVICE WORKDIR [ARGS...] starts
# knotguide-service on a free loopback port with ARGS, waits until it listens, and sets $pid
# and $base (http://127.0.0.1:PORT); it returns 1 when the service did not start.
start_service() {
  local service=$1 work=$2
  "$service" --address 127.0.0.1 --port 0 "${@:3}" >"$work/out" 2>"$work/log" &
  pid=$!
  for _ in $(seq 100); do
    grep -q "listening on" "$work/out" && break
    sleep 0.1
  done
  base=$(sed -n 's/^listening on //p' "$work/out")
  [[ -n $base ]] || { echo "the service did not start"; cat "$work/log"; return 1; }
}
