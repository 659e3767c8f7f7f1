#!/bin/sh
# The Workrave export in the real Workrave (Debian's workrave 1.10) under Xvfb, installed as the
# README says: written over Workrave's exercises.xml keeping its exercises, with knotguide's
# pictures beside it. Workrave reads exercises only from its own folder, so each run mounts a
# copy of that folder over it in a mount namespace of its own: the system's folder is never
# changed, whatever happens to the test. Workrave's exercises window is opened over D-Bus and
# strace records every file Workrave opens; the screenshot (Xvfb's frame buffer, XWD) of each run
# is kept in the build folder.
#
# Passes when the merged file holds Workrave's own exercises and knotguide's and is what
# Workrave reads (the schema beside this script), every picture it names is a PNG in the folder,
# and in each run (the merged file, then each of knotguide's exercises alone, since Workrave
# starts its window at an exercise of its own choosing) the window opens, Workrave opens a
# picture of the exercises it was given and fails to open none, and says nothing of markup it
# could not read.
#
#   workrave_test.sh KNOTGUIDE_BREAKS EXPORTS_DIR WORKRAVE RSVG_CONVERT WORKRAVE_XSD
set -u
folder=/usr/share/workrave/exercises

# One run, inside its own mount namespace and D-Bus session: workrave_test.sh --run OUT WORKRAVE
if [ "${1:-}" = --run ]; then
  out=$2
  mount --bind "$out/../folder" "$folder" || exit 1
  exec dbus-run-session -- sh -c '
    out=$1
    Xvfb -displayfd 6 -screen 0 1024x768x24 -fbdir "$out" -nolisten tcp \
      6>"$out/display" 2>"$out/xvfb.log" &
    xvfb=$!
    for i in $(seq 1 50); do
      [ -s "$out/display" ] && break
      sleep 0.2
    done
    [ -s "$out/display" ] || { echo "Xvfb did not start"; kill "$xvfb"; exit 1; }
    DISPLAY=:$(cat "$out/display")
    export DISPLAY
    # Started under strace before anything asks for it: D-Bus would otherwise start its own.
    strace -f -e trace=openat -o "$out/strace.txt" "$2" >"$out/workrave.out" 2>"$out/workrave.err" &
    traced=$!
    for i in $(seq 1 30); do
      gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner org.workrave.Workrave | grep -q true && break
      sleep 1
    done
    gdbus call --session --dest org.workrave.Workrave --object-path /org/workrave/Workrave/UI \
      --method org.workrave.ControlInterface.Exercises >"$out/gdbus.txt" 2>&1
    sleep 4
    cp "$out/Xvfb_screen0" "$out/screenshot.xwd"
    kill "$xvfb"  # Workrave ends with its display
    wait "$traced"
    wait "$xvfb"
  ' sh "$out" "$3"
fi

breaks=$1
exports=$2
workrave=$3
rsvg=$4
xsd=$5
skip() {
  echo "skipped: $1"
  exit 77
}
fail() {
  echo "FAILED: $1"
  exit 1
}
case $workrave in '' | *NOTFOUND) skip "workrave is not installed" ;; esac
case $rsvg in '' | *NOTFOUND) skip "rsvg-convert (librsvg2-bin) is not installed: no pictures" ;; esac
for tool in Xvfb dbus-run-session gdbus strace xmllint unshare mount od timeout; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
[ "$(id -u)" = 0 ] || skip "Workrave reads exercises only from $folder: this test runs as root"
[ -f "$folder/exercises.xml" ] || skip "$folder/exercises.xml is missing"
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here"
unshare -m true 2>/dev/null || skip "no mount namespace can be made here"

work=$exports/workrave
rm -rf "$work" && mkdir -p "$work/folder" || fail "cannot make $work"
cp -R "$folder/." "$work/folder/" || fail "cannot copy $folder"
cp "$exports"/knotguide-*.png "$work/folder/" || fail "knotguide's pictures were not rendered"

# As the README installs it: the export over Workrave's file, keeping what it holds.
cp "$work/folder/exercises.xml" "$work/before.xml"
"$breaks" --workrave "$work/folder/exercises.xml" --workrave-keep "$work/folder/exercises.xml" \
  --muscle rhomboids || fail "the export was not written"
cp "$work/folder/exercises.xml" "$work/merged.xml"
xmllint --noout --schema "$xsd" "$work/merged.xml" || fail "the merged file is not what Workrave reads"
block='/<!-- knotguide: begin -->/,/<!-- knotguide: end -->/'
theirs=$(sed "${block}d" "$work/before.xml" | grep -c "<exercise>")
ours=$(sed -n "${block}p" "$work/merged.xml" | grep -c "<exercise>")
all=$(grep -c "<exercise>" "$work/merged.xml")
[ "$ours" -ge 1 ] || fail "the export holds no exercise"
[ "$theirs" -ge 1 ] || fail "Workrave's own file holds no exercise"
[ "$all" -eq $((theirs + ours)) ] || fail "of $theirs exercises already there, $((all - ours)) were kept"
sources=$(xmllint --xpath '//image/@src' "$work/merged.xml" | sed 's/ src="\([^"]*\)"/\1 /g')
[ -n "$sources" ] || fail "the merged file names no picture"
for src in $sources; do
  [ "$(od -An -tx1 -N8 "$work/folder/$src" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    fail "the export names $src, which is not a PNG in Workrave's folder"
done

# Each of knotguide's exercises alone, for Workrave to show it first.
k=1
while [ "$k" -le "$ours" ]; do
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<exercises>'
    sed -n "${block}p" "$work/merged.xml" |
      awk -v k="$k" '/<exercise>/ { n++ } n == k && !/knotguide: end/ { print }'
    echo '</exercises>'
  } >"$work/alone-$k.xml"
  k=$((k + 1))
done

shown=""
for run in merged $(seq -f 'alone-%g' 1 "$ours"); do
  out=$work/$run
  mkdir -p "$out"
  cp "$work/$run.xml" "$work/folder/exercises.xml"
  HOME=$out XDG_CONFIG_HOME=$out/.config timeout 60 unshare -m sh "$0" --run "$out" "$workrave" \
    2>"$out/session.log" ||
    fail "$run: the run did not finish: $(tail -3 "$out/xvfb.log" "$out/workrave.err" 2>/dev/null)"
  grep -q "^()" "$out/gdbus.txt" || fail "$run: the exercises window did not open: $(cat "$out/gdbus.txt")"
  [ -s "$out/screenshot.xwd" ] || fail "$run: no screenshot was taken"
  missing=$(grep "$folder/[^\"]*\", O_RDONLY.*= -1" "$out/strace.txt" | sed 's/[^"]*"\([^"]*\)".*/\1/' | sort -u)
  [ -z "$missing" ] || fail "$run: Workrave could not open $missing"
  opened=$(grep "$folder/[^\"]*\.png\", O_RDONLY.*= [0-9]" "$out/strace.txt" | sed 's|.*/exercises/\([^"]*\)".*|\1|' | sort -u)
  given=""
  for picture in $opened; do
    grep -q "src=\"$picture\"" "$work/$run.xml" && given="$given $picture"
  done
  [ -n "$given" ] || fail "$run: Workrave showed none of the pictures it was given (it opened: $opened)"
  ! grep -qi "markup" "$out/workrave.err" || fail "$run: $(grep -i markup "$out/workrave.err" | head -3)"
  shown="$shown $run:$given;"
done
echo "Workrave's own $theirs exercises kept and knotguide's $ours added; shown:$shown"
echo "screenshots: $work/*/screenshot.xwd"
