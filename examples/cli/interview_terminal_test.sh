#!/usr/bin/env bash
# knotguide --interview under a pseudo-terminal (util-linux's script): each question, and the
# plan, on a fresh screen, and the plan at the end. Usage: interview_terminal_test.sh PROGRAM ANSWERS
set -euo pipefail
program=$1
answers=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# script gives the program a terminal for stdin and stdout and feeds it the answers.
timeout 60 script --quiet --return --command "$program --interview" /dev/null <"$answers" >"$out" 2>&1
screens=$({ grep -ao $'\x1b\[2J' "$out" || true; } | wc -l)
if [[ $screens -ne 4 ]]; then
  echo "expected 4 fresh screens (3 questions and the plan), saw $screens" >&2
  exit 1
fi
grep -aq "Call 999 now" "$out" || { echo "no plan at the end" >&2; exit 1; }
echo "3 questions and the plan, each on its own screen"
