#!/usr/bin/env bash
# Benchmark of `smtpsentry analyze` against the tools an administrator would use instead, on the same generated
# Postfix 3.7 + Dovecot 2.3 mail.log, in the same run:
#   smtpsentry analyze --json FILE
#   fail2ban-regex FILE "/etc/fail2ban/filter.d/postfix.conf[mode=auth]"   (offline matcher only, never the service)
#   pflogsumm FILE
# Wall time and peak RSS come from GNU time (/usr/bin/time -v). Then a memory check: smtpsentry on the ~1M-line log
# and on a ~3M-line log of the same server (three times as many days), to show memory does not grow with length.
#
# Usage: bench/analyze.sh [--lines N] [--no-memory-check] [--no-formats]
# Needs: a JDK >= 21 (found like ./smtpsentry does), Debian packages time, fail2ban, pflogsumm.
# The logs are generated once into bench/out/ (git-ignored) and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
lines=1000000
formats=yes
memory_check=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines="$2"; shift 2 ;;
    --no-formats) formats=no; shift ;;
    --no-memory-check) memory_check=no; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "analyze.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

. "$root/.mvn/find-jdk.sh"
for tool in /usr/bin/time fail2ban-regex pflogsumm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "analyze.sh: $tool not found; install the Debian packages time, fail2ban and pflogsumm (see .ci/packages)" >&2
    exit 2
  fi
done
filter=/etc/fail2ban/filter.d/postfix.conf
[ -f "$filter" ] || { echo "analyze.sh: $filter not found (Debian package fail2ban)" >&2; exit 2; }

mkdir -p "$out"
# The log ends yesterday so that the year of its "Nov 22 10:58:43" timestamps is inferred right; --scale 3 (a server
# three times as busy as the example's, ~25,000 lines a weekday) keeps even the 3M-line log within a year, which
# classic timestamps without a year need.
generate() { # $1 = lines, $2 = file
  if [ ! -s "$2" ]; then
    echo "generating $2 (about $1 lines)..." >&2
    "$JAVA_HOME/bin/java" "$root/examples/generator/MailLogGenerator.java" --lines "$1" --scale 3 \
      --end "$(date -u -d yesterday +%F)" --out "$2.tmp" --truth "$2.truth"
    mv "$2.tmp" "$2"
  fi
}
log="$out/mail-$lines.log"
generate "$lines" "$log"

# Build the jar (the launcher builds it on first use) so that the build is not timed.
"$root/smtpsentry" --version >/dev/null

n_lines=$(wc -l < "$log")
n_bytes=$(wc -c < "$log")

# measure NAME OUTPUT CMD...: runs CMD once under GNU time, its output to OUTPUT; sets SECONDS_<NAME> and
# RSS_<NAME> (KB).
measure() {
  local name="$1" output="$2"; shift 2
  local stats="$out/$name.time"
  local status=0
  /usr/bin/time -v -o "$stats" "$@" >"$output" 2>"$out/$name.stderr" || status=$?
  # smtpsentry analyze exits with 1 when it has findings, which it has here
  if [ "$status" -gt 1 ] || { [ "$status" -eq 1 ] && { [ "$name" = fail2ban ] || [ "$name" = pflogsumm ]; }; }; then
    echo "analyze.sh: $name exited with status $status; see $out/$name.stderr" >&2
  fi
  local wall rss user sys
  wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$stats")
  rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$stats")
  user=$(sed -n 's/^[[:space:]]*User time (seconds): //p' "$stats")
  sys=$(sed -n 's/^[[:space:]]*System time (seconds): //p' "$stats")
  printf -v "SECONDS_$name" '%s' "$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')"
  printf -v "CPU_$name" '%s' "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  printf -v "RSS_$name" '%s' "$rss"
}

echo "input: $log"
echo "       $(printf "%'d" "$n_lines") lines, $(awk -v b="$n_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo "machine: $(nproc) CPU, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); JDK $JAVA_HOME"
echo

# smtpsentry's one-shot run varies by +-20 % from run to run on this virtual machine (JIT and thread placement): the
# run of median wall time out of RUNS (default 5) stands for it; the peers take many times longer and run once.
runs=${RUNS:-5}
walls=()
for i in $(seq "$runs"); do
  measure "smtpsentry_$i" /dev/null "$root/smtpsentry" analyze --json "$log"
  var="SECONDS_smtpsentry_$i"
  walls+=("${!var} $i")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f2)
for field in SECONDS CPU RSS; do
  var="${field}_smtpsentry_$median"
  printf -v "${field}_smtpsentry" '%s' "${!var}"
done
cp "$out/smtpsentry_$median.time" "$out/smtpsentry.time"
measure fail2ban "$out/fail2ban.out" fail2ban-regex --print-no-missed "$log" "$filter[mode=auth]"
measure pflogsumm /dev/null pflogsumm "$log"

row() { # name wall_seconds cpu_seconds rss_kb
  awk -v name="$1" -v s="$2" -v c="$3" -v rss="$4" -v l="$n_lines" -v b="$n_bytes" 'BEGIN {
    if (s <= 0) s = 0.01; if (c <= 0) c = 0.01
    printf "%-16s %8.2f %10.0f %7.1f %8.2f %12.0f %12.0f\n", name, s, l / s, b / 1e6 / s, c, l / c, rss / 1024 }'
}
printf "%-16s %8s %10s %7s %8s %12s %12s\n" tool "wall s" lines/s MB/s "CPU s" "lines/CPU-s" "peak RSS MB"
row "smtpsentry" "$SECONDS_smtpsentry" "$CPU_smtpsentry" "$RSS_smtpsentry"
row "fail2ban-regex" "$SECONDS_fail2ban" "$CPU_fail2ban" "$RSS_fail2ban"
row "pflogsumm" "$SECONDS_pflogsumm" "$CPU_pflogsumm" "$RSS_pflogsumm"
echo "(wall time is what the user waits for; CPU time = user + system, steadier on a busy machine)"
echo "(smtpsentry: the median of $runs runs; their wall times: $(printf '%s\n' "${walls[@]}" | sort -n | cut -d' ' -f1 | tr '\n' ' '))"
echo

awk -v s="$SECONDS_smtpsentry" -v f="$SECONDS_fail2ban" -v p="$SECONDS_pflogsumm" -v l="$n_lines" \
    -v cs="$CPU_smtpsentry" -v cf="$CPU_fail2ban" -v cp="$CPU_pflogsumm" -v rss="$RSS_smtpsentry" 'BEGIN {
  if (s <= 0) s = 0.01; if (cs <= 0) cs = 0.01
  printf "smtpsentry vs fail2ban-regex: %5.1fx wall, %5.1fx CPU (target >= 20x: %s)\n", f / s, cf / cs,
      (f / s >= 20 ? "met" : "NOT met")
  printf "smtpsentry vs pflogsumm:      %5.1fx wall, %5.1fx CPU (target >= 5x: %s)\n", p / s, cp / cs,
      (p / s >= 5 ? "met" : "NOT met")
  printf "smtpsentry throughput:        %.0f lines/s wall, %.0f lines per CPU-second (target >= 1000000: %s)\n",
      l / s, l / cs, (l / s >= 1000000 ? "met" : "NOT met")
  printf "smtpsentry peak RSS:          %.0f MB (target < 512 MB: %s)\n", rss / 1024, (rss / 1024 < 512 ? "met" : "NOT met")
}'
matched=$(sed -n 's/^Lines: //p' "$out/fail2ban.out" | head -n 1)
[ -z "$matched" ] || echo "fail2ban-regex (mode=auth) on this log: $matched"
analysis="$out/smtpsentry.json"
"$root/smtpsentry" analyze --json "$log" > "$analysis" 2>/dev/null || true
echo "smtpsentry's findings are in $analysis; the ground truth in $log.truth"

if [ "$memory_check" = yes ]; then
  echo
  big_lines=$((lines * 3))
  big="$out/mail-$big_lines.log"
  generate "$big_lines" "$big"
  measure big /dev/null "$root/smtpsentry" analyze --json "$big"
  # The JVM grows its heap lazily (up to a quarter of the RAM by default), so RSS overstates what is kept; a run
  # with a small fixed heap shows whether the state really stays bounded: it fails if it does not fit.
  heap=${SMTPSENTRY_BENCH_HEAP:-128m}
  JAVA_TOOL_OPTIONS="-Xmx$heap" measure small_heap /dev/null "$root/smtpsentry" analyze --json "$log"
  JAVA_TOOL_OPTIONS="-Xmx$heap" measure small_heap_big /dev/null "$root/smtpsentry" analyze --json "$big"
  big_n=$(wc -l < "$big")
  echo "memory check: smtpsentry analyze --json on logs of the same server, three times as long"
  printf "%-10s %-12s %8s %8s %12s  %s\n" lines heap "wall s" "CPU s" "peak RSS MB" "completed"
  check_row() { # lines heap wall cpu rss stats
    local ok=yes
    grep -q 'Exit status: [01]$' "$6" || ok="NO ($(sed -n 's/^[[:space:]]*Exit status: //p' "$6"))"
    awk -v l="$1" -v h="$2" -v s="$3" -v c="$4" -v rss="$5" -v ok="$ok" 'BEGIN {
      printf "%-10d %-12s %8.2f %8.2f %12.0f  %s\n", l, h, s, c, rss / 1024, ok }'
  }
  check_row "$n_lines" default "$SECONDS_smtpsentry" "$CPU_smtpsentry" "$RSS_smtpsentry" "$out/smtpsentry.time"
  check_row "$big_n" default "$SECONDS_big" "$CPU_big" "$RSS_big" "$out/big.time"
  check_row "$n_lines" "-Xmx$heap" "$SECONDS_small_heap" "$CPU_small_heap" "$RSS_small_heap" "$out/small_heap.time"
  check_row "$big_n" "-Xmx$heap" "$SECONDS_small_heap_big" "$CPU_small_heap_big" "$RSS_small_heap_big" \
    "$out/small_heap_big.time"
  awk -v a="$RSS_smtpsentry" -v b="$RSS_big" -v c="$RSS_small_heap" -v d="$RSS_small_heap_big" 'BEGIN {
    printf "peak RSS for 3x the lines: %.2fx with the default heap, %.2fx with the fixed heap\n", b / a, d / c }'
fi

if [ "$formats" = yes ]; then
  echo
  echo "parsing speed of every log format (lines/s, same traffic; no format may be more than 2x slower than Postfix's):"
  "$here/formats.sh"
fi
