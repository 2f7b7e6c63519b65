#!/usr/bin/env bash
# Benchmark of `smtpsentry pcap` beside `tshark -r FILE -Y smtp` (the comparable work: dissect every packet,
# reassemble TCP, keep the SMTP ones) on the same generated capture, in the same run.
# Usage: bench/pcap.sh [SIZE_MIB]   (default 1024: 1 GiB)
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-1024}"
work="${TMPDIR:-/tmp}/smtpsentry-bench-pcap"
mkdir -p "$work"
file="$work/lan-${size}m.pcap"

. .mvn/find-jdk.sh
if [ ! -f "$file" ]; then
  echo "writing a ${size} MiB capture to $file ..." >&2
  "$JAVA_HOME/bin/java" bench/MakeCapture.java "$file" "$size"
fi
./smtpsentry --version >/dev/null 2>&1 || true   # builds the jar on first use, outside the timing
bytes=$(stat -c %s "$file")
packets=$(capinfos -M -c "$file" 2>/dev/null | awk -F: '/Number of packets/ {gsub(/ /,"",$2); print $2}' || true)

seconds() { date +%s.%N; }
run() { # run NAME COMMAND...: prints "NAME SECONDS"
  local name="$1"; shift
  local t0 t1
  t0=$(seconds)
  "$@" >"$work/$name.out" 2>"$work/$name.err" || { s=$?; [ $s -eq 1 ] || { echo "$name failed ($s):" >&2; cat "$work/$name.err" >&2; exit 1; }; }
  t1=$(seconds)
  echo "$name $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
}

ours=$(run smtpsentry ./smtpsentry pcap --relay 10.0.0.2 "$file")
theirs=$(run tshark tshark -r "$file" -Y smtp)

echo
echo "capture: $file, $(numfmt --grouping "$bytes") bytes${packets:+, $packets packets}"
printf '%-34s %10s %12s\n' "tool" "seconds" "MB/s"
for line in "$ours" "$theirs"; do
  set -- $line
  label=$([ "$1" = smtpsentry ] && echo "smtpsentry pcap --relay 10.0.0.2" || echo "tshark -r FILE -Y smtp")
  printf '%-34s %10.2f %12.1f\n' "$label" "$2" "$(awk -v n="$bytes" -v s="$2" 'BEGIN { printf "%.1f", n / 1000000 / s }')"
done
echo
echo "smtpsentry's verdict (first lines):"
grep -m 3 -A 0 'bypasses\|HOST' "$work/smtpsentry.out" || true
echo "tshark SMTP packets shown: $(wc -l <"$work/tshark.out")"
