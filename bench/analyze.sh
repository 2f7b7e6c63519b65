#!/usr/bin/env bash
# Benchmark of `smtpsentry analyze` against the tools an administrator would use instead, on the same generated
# Postfix 3.7 + Dovecot 2.3 mail.log, in the same run:
#   smtpsentry analyze --json FILE
#   fail2ban-regex FILE "/etc/fail2ban/filter.d/postfix.conf[mode=auth]"   (offline matcher only, never the service)
#   pflogsumm FILE
# Wall time and peak RSS come from GNU time (/usr/bin/time -v). Then a memory check: smtpsentry on the ~1M-line log
# and on a ~3M-line log of the same server (three times as many days), to show memory does not grow with length.
#
# Usage: bench/analyze.sh [--lines N] [--no-memory-check]
# Needs: a JDK >= 21 (found like ./smtpsentry does), Debian packages time, fail2ban, pflogsumm.
# The logs are generated once into bench/out/ (git-ignored) and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
lines=1000000
memory_check=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines="$2"; shift 2 ;;
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
# The log ends yesterday so that the year of its "Nov 22 10:58:43" timestamps is inferred right.
generate() { # $1 = lines, $2 = file
  if [ ! -s "$2" ]; then
    echo "generating $2 (about $1 lines)..." >&2
    "$JAVA_HOME/bin/java" "$root/examples/generator/MailLogGenerator.java" --lines "$1" \
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
  if [ "$status" -gt 1 ] || { [ "$status" -eq 1 ] && [ "$name" != smtpsentry ] && [ "$name" != big ]; }; then
    echo "analyze.sh: $name exited with status $status; see $out/$name.stderr" >&2
  fi
  local wall rss
  wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$stats")
  rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$stats")
  printf -v "SECONDS_$name" '%s' "$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')"
  printf -v "RSS_$name" '%s' "$rss"
}

echo "input: $log"
echo "       $(printf "%'d" "$n_lines") lines, $(awk -v b="$n_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo "machine: $(nproc) CPU, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); JDK $JAVA_HOME"
echo

measure smtpsentry /dev/null "$root/smtpsentry" analyze --json "$log"
measure fail2ban "$out/fail2ban.out" fail2ban-regex --print-no-missed "$log" "$filter[mode=auth]"
measure pflogsumm /dev/null pflogsumm "$log"

row() { # name seconds rss_kb
  awk -v name="$1" -v s="$2" -v rss="$3" -v l="$n_lines" -v b="$n_bytes" 'BEGIN {
    if (s <= 0) s = 0.01
    printf "%-16s %9.2f %13.0f %9.1f %12.0f\n", name, s, l / s, b / 1e6 / s, rss / 1024 }'
}
printf "%-16s %9s %13s %9s %12s\n" tool seconds lines/s MB/s "peak RSS MB"
row "smtpsentry" "$SECONDS_smtpsentry" "$RSS_smtpsentry"
row "fail2ban-regex" "$SECONDS_fail2ban" "$RSS_fail2ban"
row "pflogsumm" "$SECONDS_pflogsumm" "$RSS_pflogsumm"
echo

awk -v s="$SECONDS_smtpsentry" -v f="$SECONDS_fail2ban" -v p="$SECONDS_pflogsumm" -v l="$n_lines" \
    -v rss="$RSS_smtpsentry" 'BEGIN {
  if (s <= 0) s = 0.01
  printf "smtpsentry vs fail2ban-regex: %6.1fx faster    (target >= 20x: %s)\n", f / s, (f / s >= 20 ? "met" : "NOT met")
  printf "smtpsentry vs pflogsumm:      %6.1fx faster    (target >= 5x: %s)\n", p / s, (p / s >= 5 ? "met" : "NOT met")
  printf "smtpsentry throughput:        %.0f lines/s (target >= 1000000: %s)\n", l / s, (l / s >= 1000000 ? "met" : "NOT met")
  printf "smtpsentry peak RSS:          %.0f MB         (target < 512 MB: %s)\n", rss / 1024, (rss / 1024 < 512 ? "met" : "NOT met")
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
  big_n=$(wc -l < "$big")
  echo "memory check: smtpsentry analyze --json on logs of the same server, three times as long"
  printf "%-12s %12s %9s %12s\n" lines seconds lines/s "peak RSS MB"
  awk -v l="$n_lines" -v s="$SECONDS_smtpsentry" -v rss="$RSS_smtpsentry" 'BEGIN {
    if (s <= 0) s = 0.01; printf "%-12d %12.2f %9.0f %12.0f\n", l, s, l / s, rss / 1024 }'
  awk -v l="$big_n" -v s="$SECONDS_big" -v rss="$RSS_big" 'BEGIN {
    if (s <= 0) s = 0.01; printf "%-12d %12.2f %9.0f %12.0f\n", l, s, l / s, rss / 1024 }'
  awk -v a="$RSS_smtpsentry" -v b="$RSS_big" 'BEGIN {
    printf "peak RSS grows %.2fx for 3x the lines\n", b / a }'
fi
