#!/bin/sh
# The Workrave export in the real Workrave (Debian's workrave 1.10) under Xvfb, as a person
# installs it (README, "Desk-break reminders"): written over Workrave's own exercises.xml,
# keeping its exercises, with knotguide's pictures beside it; then alone, to be shown first.
# Workrave's exercises window is
# opened over D-Bus; strace records every file Workrave opens. Passes when every picture the
# file names is in the folder, Workrave opened pictures of the export and failed to open none,
# and Workrave said nothing of markup it could not read. Workrave's own file is put back
# whatever happens. The screenshot (Xvfb's frame buffer, XWD) is left in the build folder.
#
#   workrave_test.sh KNOTGUIDE_BREAKS EXPORTS_DIR WORKRAVE RSVG_CONVERT
set -u
breaks=$1
exports=$2
workrave=$3
rsvg=$4
folder=/usr/share/workrave/exercises
skip() {
  echo "skipped: $1"
  exit 77
}
[ -n "$workrave" ] || skip "workrave is not installed"
[ -n "$rsvg" ] || skip "rsvg-convert is not installed (librsvg2-bin): no pictures to load"
for tool in Xvfb dbus-run-session gdbus strace xmllint; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
[ "$(id -u)" = 0 ] || skip "Workrave reads exercises only from $folder: this test runs as root"
[ -f "$folder/exercises.xml" ] || skip "$folder/exercises.xml is missing"

work=$exports/workrave
rm -rf "$work" && mkdir -p "$work/home" "$work/fb"
cp "$folder/exercises.xml" "$work/stock.xml"
installed=""
restore() {
  cp "$work/stock.xml" "$folder/exercises.xml"
  for f in $installed; do rm -f "$folder/$f"; done
}
trap restore EXIT INT TERM
fail() {
  echo "FAILED: $1"
  exit 1
}

# Install as the README says: the export keeping Workrave's own exercises, and the pictures.
"$breaks" --workrave "$work/exercises.xml" --workrave-keep "$folder/exercises.xml" \
  --muscle levator_scapulae --pain 3 || fail "the export was not written"
for png in "$exports"/knotguide-*.png; do
  [ -f "$folder/$(basename "$png")" ] || installed="$installed $(basename "$png")"
  cp "$png" "$folder/"
done
# Workrave starts its window at an exercise of its own choosing: to see knotguide's, the run
# below loads the export alone (the same exercises, without Workrave's own).
"$breaks" --workrave "$work/alone.xml" --muscle levator_scapulae --pain 3 ||
  fail "the export was not written"
cp "$work/alone.xml" "$folder/exercises.xml"

stock=$(grep -c "<exercise>" "$work/stock.xml")
ours=$(sed -n '/knotguide: begin/,/knotguide: end/p' "$work/exercises.xml" | grep -c "<exercise>")
all=$(grep -c "<exercise>" "$work/exercises.xml")
[ "$ours" -ge 1 ] || fail "the export holds no exercise"
[ "$all" -eq $((stock + ours)) ] || fail "Workrave's own $stock exercises were not all kept"
for src in $(xmllint --xpath '//image/@src' "$work/exercises.xml" | sed 's/ src="\([^"]*\)"/\1 /g'); do
  [ -f "$folder/$src" ] || fail "the export names $src, which is not in $folder"
done

# Workrave is started under strace before anything asks for it (D-Bus would otherwise start a
# copy of its own), and stopped by stopping its display.
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config DISPLAY=:97 timeout 90 dbus-run-session -- sh -c '
  Xvfb :97 -screen 0 1024x768x24 -fbdir "$0/fb" -nolisten tcp >"$0/xvfb.log" 2>&1 &
  xvfb=$!
  sleep 1
  strace -f -e trace=openat -o "$0/strace.txt" "$1" >"$0/workrave.out" 2>"$0/workrave.err" &
  traced=$!
  for i in $(seq 1 30); do
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.NameHasOwner org.workrave.Workrave | grep -q true && break
    sleep 1
  done
  gdbus call --session --dest org.workrave.Workrave --object-path /org/workrave/Workrave/UI \
    --method org.workrave.ControlInterface.Exercises >"$0/gdbus.txt" 2>&1
  sleep 4
  cp "$0/fb/Xvfb_screen0" "$0/screenshot.xwd"
  kill "$xvfb"
  wait "$traced"
  wait "$xvfb"
' "$work" "$workrave"

grep -q "^()" "$work/gdbus.txt" || fail "Workrave's exercises window did not open: $(cat "$work/gdbus.txt")"
[ -s "$work/screenshot.xwd" ] || fail "no screenshot was taken"
missing=$(grep "$folder/[^\"]*\.png\", O_RDONLY.*= -1" "$work/strace.txt" | sed 's/.*"\(.*\)".*/\1/' | sort -u)
[ -z "$missing" ] || fail "Workrave could not open: $missing"
opened=$(grep "$folder/[^\"]*\.png\", O_RDONLY.*= [0-9]" "$work/strace.txt" | sed 's/.*exercises\/\([^"]*\)".*/\1/' | sort -u)
[ -n "$opened" ] || fail "Workrave opened no picture of its exercises folder"
shown=""
for picture in $opened; do
  grep -q "src=\"$picture\"" "$work/alone.xml" && shown="$shown $picture"
done
[ -n "$shown" ] || fail "Workrave showed none of the export's pictures, only: $opened"
if grep -qi "markup" "$work/workrave.err"; then
  fail "Workrave could not read a text: $(grep -i markup "$work/workrave.err" | head -3)"
fi
echo "Workrave showed its exercises window with the export's pictures:$shown"
echo "$ours exercises of knotguide and $stock of Workrave's own; screenshot: $work/screenshot.xwd"
