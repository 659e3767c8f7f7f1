#!/usr/bin/env bash
# Drives knotguide-service as a client would: starts it on a free loopback port, sends good and
# bad requests with curl, checks each status and body, validates a CDS Hooks answer against
# docs/schema/cds-hooks-response.schema.json (when node and Ajv are installed), and stops it
# with SIGTERM, which must end it with exit code 0.
#
#   test_service.sh <knotguide-service> <source dir>
set -uo pipefail
service=$1
source_dir=$2
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

source "$(dirname "$0")/start_service.sh"
start_service "$service" "$work" || exit 1
echo "service at $base"

failures=0
# expect STATUS REGEX METHOD PATH [CONTENT-TYPE [BODY-FILE-OR-TEXT [CURL ARGS...]]]
expect() {
  local status=$1 pattern=$2 method=$3 path=$4 type=${5:-} body=${6:-}
  local args=(-s -o "$work/body" -w '%{http_code}' -X "$method" "${@:7}")
  [[ -n $type ]] && args+=(-H "Content-Type: $type")
  if [[ -n $body ]]; then
    if [[ -f $body ]]; then args+=(--data-binary "@$body"); else args+=(--data-binary "$body"); fi
  fi
  local got
  got=$(curl "${args[@]}" "$base$path")
  if [[ $got != "$status" ]] || ! grep -Eq -- "$pattern" "$work/body"; then
    echo "FAIL $method $path: status $got (expected $status), body: $(head -c 300 "$work/body")"
    failures=$((failures + 1))
  else
    echo "ok   $method $path -> $got"
  fi
}

json=application/json
golden=$source_dir/tests/golden
expect 200 '"status":"ok"' GET /healthz
expect 200 '"sources":\[\{"id":' GET /v1/knowledge
expect 200 '"level":"self_care"' POST /v1/plan "$json" "$golden/desk_worker.assessment.json"
expect 200 '"level":"emergency"' POST /v1/plan "$json; charset=utf-8" \
  "$golden/chest_pain.assessment.json"
expect 200 '"standing":"excluded"' POST /v1/explain "$json" \
  '{"assessment": {"knots": [{"region": "neck"}], "moment": "before_bed"}, "intervention": "heat"}'
expect 200 '"hook":"knotguide-assessment"' GET /cds-services

# A CDS Hooks round trip: the request's context carries the assessment; the cards answer it.
{
  printf '{"hook": "knotguide-assessment", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", '
  printf '"context": {"assessment": '
  cat "$golden/runner.assessment.json"
  printf '}}'
} >"$work/cds-request.json"
expect 200 '"cards":\[\{"summary":"Muscle knot: ' POST /cds-services/knotguide "$json" \
  "$work/cds-request.json"
cp "$work/body" "$work/cds-response.json"
if command -v node >/dev/null; then
  node "$source_dir/tests/schema/validate.mjs" \
    "$source_dir/docs/schema/cds-hooks-response.schema.json" "$work/cds-response.json"
  case $? in
    0) echo "ok   the CDS Hooks answer matches cds-hooks-response.schema.json" ;;
    77) echo "skip the schema check: Ajv is not installed" ;;
    *) failures=$((failures + 1)) ;;
  esac
fi

# The interview, as a client walks it: {} starts it; each answer sends back the interview and the
# question as the service gave them, with the names picked. Chest pain: an emergency after three
# questions (where, the signs, the country).
interview_of() { sed -E 's/^\{"interview":(.*),"plan":.*$/\1/' "$work/body"; }
question_of() { grep -o '"question":{"items":\[[0-9,]*\],"topic":"[a-z_]*"}' "$work/body" | sed 's/^"question"://'; }
answer() {  # answer NAMES-AS-JSON: the body answering the question of the last reply
  printf '{"interview": %s, "answer": {"question": %s, "picked": %s}}' "$(interview_of)" "$(question_of)" "$1"
}
expect 200 '"asks":"Where does it hurt\?.*"topic":"knots"' POST /v1/next-question "$json" '{}'
expect 200 '"because":"These can be signs of something.*"name":"chest_pain".*"topic":"red_flags"' \
  POST /v1/next-question "$json" "$(answer '["chest"]')"
signs=$(answer '["chest_pain"]')
expect 400 '"code":"unknown_name","path":"/answer/picked/0"' POST /v1/next-question "$json" \
  "$(answer '["knee"]')"
expect 200 '"answer":"one_of".*"topic":"country"' POST /v1/next-question "$json" "$signs"
expect 200 '"plan":\{.*"level":"emergency".*"question":null' POST /v1/next-question "$json" \
  "$(answer '["united_kingdom"]')"
expect 400 '"path":"/answer/question".*not the interview.s next question' POST /v1/next-question \
  "$json" '{"answer": {"question": {"items": [1], "topic": "trend"}, "picked": ["same"]}}'
expect 400 '"code":"unknown_key","path":"/answers"' POST /v1/next-question "$json" '{"answers": {}}'
expect 400 '"code":"contradictory_facts","path":"/interview/answers"' POST /v1/next-question \
  "$json" '{"interview": {"answers": {"knots": [], "symptoms": ["pain_at_rest", "pain_only_when_pressed"]}}}'
expect 200 '"topic":"knots"' POST /v1/next-question "$json" '{}'
expect 400 '"path":"/answer/picked/0".*must be a name' POST /v1/next-question "$json" \
  "$(answer '[7]')"

# Bad requests: each a 4xx with an error body naming the problem; never a 5xx.
expect 400 '"code":"malformed_json".*"problem":"is not JSON' POST /v1/plan "$json" '{"knots": ['
expect 400 '"code":"unknown_name","path":"/knots/0/muscle"' POST /v1/plan "$json" \
  '{"knots": [{"muscle": "soleuss"}]}'
expect 400 '"code":"out_of_range","path":"/pain"' POST /v1/plan "$json" \
  '{"knots": [{"region": "neck"}], "pain": 11}'
expect 400 '"code":"duplicate_item"' POST /v1/plan "$json" \
  '{"knots": [{"region": "neck"}], "red_flags": ["chest_pain"], "red_flags": []}'
expect 400 '"path":"/intervention"' POST /v1/explain "$json" \
  '{"assessment": {"knots": [{"region": "neck"}]}, "intervention": "yoga"}'
expect 400 '"code":"missing_value","path":"/context"' POST /cds-services/knotguide "$json" \
  '{"hook": "knotguide-assessment", "hookInstance": "x"}'
expect 400 '"path":"/context/assessment/knots"' POST /cds-services/knotguide "$json" \
  '{"hook": "knotguide-assessment", "hookInstance": "x", "context": {"assessment": {}}}'
expect 400 '"path":"/hook"' POST /cds-services/knotguide "$json" \
  '{"hook": "patient-view", "hookInstance": "x", "context": {}}'
expect 415 '"code":"unsupported_media_type"' POST /v1/plan text/plain '{"knots": []}'
expect 400 '"code":"bad_request"' POST /v1/plan  # no body at all: refused before routing
expect 404 '"code":"not_found"' GET /v2/plan
expect 405 '"code":"method_not_allowed"' GET /v1/plan
expect 405 '"code":"method_not_allowed"' DELETE /healthz
expect 200 '"level":"self_care"' POST /v1/plan "Application/JSON ; charset=utf-8" \
  '{"knots": [{"region": "neck"}]}'
expect 400 '"code":"malformed_json".*nested deeper than 32' POST /v1/plan "$json" \
  "$(head -c 20000 /dev/zero | tr '\0' '[')"
expect 400 '"code":"wrong_type","path":""' POST /v1/explain "$json" '[1]'
curl -s -o "$work/body" -w '%{http_code}' -H "Content-Type: $json" -H "Transfer-Encoding: chunked" \
  --data-binary '{"knots": [{"region": "neck"}]}' "$base/v1/plan" >"$work/status"
if [[ $(cat "$work/status") == 411 ]] && grep -q '"code":"length_required"' "$work/body"; then
  echo "ok   POST /v1/plan in chunks -> 411"
else
  echo "FAIL POST /v1/plan in chunks: $(cat "$work/status") $(cat "$work/body")"
  failures=$((failures + 1))
fi
curl -s -D "$work/headers" -o /dev/null "$base/v1/plan"
grep -qi '^Allow: POST' "$work/headers" || { echo "FAIL no Allow header on 405"; failures=$((failures + 1)); }
head -c 70000 /dev/zero | tr '\0' ' ' >"$work/big.json"
expect 413 '"code":"payload_too_large"' POST /v1/plan "$json" "$work/big.json"
printf '{"knots": [{"region": "\xff\xfe"}]}' >"$work/bad-utf8.json"
expect 400 '"code":"' POST /v1/plan "$json" "$work/bad-utf8.json"

kill -TERM "$pid"
wait "$pid"
code=$?
echo "exit code after SIGTERM: $code"
[[ $code == 0 ]] || failures=$((failures + 1))
grep -q "POST /v1/plan 200" "$work/log" || { echo "FAIL no access log line"; failures=$((failures + 1)); }
echo "$failures failure(s)"
exit $((failures > 0))
