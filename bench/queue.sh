#!/usr/bin/env bash
# bench/queue.sh [COUNT]: smtpsentry queue against the shell an administrator would write, on the same queue, in the
# same run. Builds a PRIVATE Postfix instance (loopback, relay to a closed port) holding COUNT (default 100,000)
# distinct deferred messages, one in 100 with the text NEEDLE-4242, then times:
#   stats       smtpsentry queue stats          vs  postqueue -p | awk (per sender and recipient domain); beside them
#               the floors (find | xargs cat; bench/ReadFloor.java in Java) and smtpsentry's start-up (an empty queue)
#   --contains  smtpsentry queue list --contains vs  postcat -q ID | grep, per message (timed on SAMPLE messages,
#                                                   default 1,000, and extrapolated to COUNT: said so in the output)
#   purge       smtpsentry queue purge --all (quarantine archive included) of the whole queue; target < 60 s
# Needs root (a private Postfix instance), postfix installed, a JDK 21+, bc, unzip, GNU time (/usr/bin/time). Prints the figures side by side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count=${1:-100000}
sample=${SAMPLE:-1000}
[ "$(id -u)" = 0 ] || { echo "bench/queue.sh: needs root to run a private Postfix instance" >&2; exit 2; }
. "$here/.mvn/find-jdk.sh"
java="$JAVA_HOME/bin/java"
smtpsentry="$here/smtpsentry"
"$smtpsentry" --version >/dev/null # builds the jar first, outside every timing

# tmpfs by default: this machine's disk is mounted with "discard", where one unlink takes ~0.7 ms (postsuper -d
# included); BENCH_DIR=/var/tmp measures on disk instead
dir=$(mktemp -d "${BENCH_DIR:-/dev/shm}/smtpsentry-bench-queue.XXXXXX")
chmod 755 "$dir"
port=$((20000 + RANDOM % 20000))
while ss -ltn | grep -q ":$port "; do port=$((port + 1)); done
trap '"$here/bench/private-postfix.sh" stop "$dir"; rm -rf "$dir"' EXIT
RELAY_PORT=$((port + 1)) "$here/bench/private-postfix.sh" start "$dir" "$port" >/dev/null
conf="$dir/etc"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

echo "building a deferred queue of $count messages (private Postfix on 127.0.0.1:$port)..."
t0=$(now)
"$java" "$here/bench/QueueFlood.java" "$port" "$count" 10 100
while :; do
  busy=$(find "$dir/spool/incoming" "$dir/spool/active" "$dir/spool/maildrop" -type f | wc -l)
  deferred=$(find "$dir/spool/deferred" -type f | wc -l)
  [ "$busy" = 0 ] && [ "$deferred" -ge "$count" ] && break
  sleep 2
done
echo "queue built in $(since "$t0") s: $deferred deferred messages"
# let postlogd write out its backlog of log lines first: it would compete with the first timing
lines=-1
while [ "$lines" != "$(wc -l < "$dir/mail.log")" ]; do lines=$(wc -l < "$dir/mail.log"); sleep 3; done
sync

# --- stats, wall and CPU time. The load of other work on the machine inflates wall times; CPU time (user + system)
# is steadier. The shell's CPU includes showq, the Postfix daemon that reads the queue files for postqueue -p: it is
# a child of master, so it is counted from /proc (its own time while it lives on, master's reaped children after).
tick=$(getconf CLK_TCK)
master=$(tr -d ' ' < "$dir/spool/pid/master.pid")
showq_ticks() {
  local t p
  t=$(awk '{print $16 + $17}' "/proc/$master/stat")
  for p in $(pgrep -P "$master" -x showq); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$t"
}
cpu() { awk '{print $2 + $3}' "$1"; }
/usr/bin/time -f '%e %U %S' -o "$dir/t-ours" "$smtpsentry" queue stats -c "$conf" > "$dir/ours-stats.txt"
ours_stats=$(cut -d' ' -f1 "$dir/t-ours"); ours_stats_cpu=$(cpu "$dir/t-ours")
/usr/bin/time -f '%e %U %S' -o "$dir/t-ours" "$smtpsentry" queue stats -c "$conf" > "$dir/ours-stats.txt"
ours_stats2=$(cut -d' ' -f1 "$dir/t-ours"); ours_stats2_cpu=$(cpu "$dir/t-ours")
showq0=$(showq_ticks)
/usr/bin/time -f '%e %U %S' -o "$dir/t-shell" sh -c 'postqueue -c "$1" -p | awk '"'"'
  /^[0-9A-Za-z]+[*!]? / { sender[$NF]++; next }
  /^ +[^ (]+@/ { n = split($1, a, "@"); domain[a[n]]++ }
  END { for (s in sender) print sender[s], s > "/dev/stderr"; for (d in domain) print domain[d], d }'"'"' \
  2> "$2/shell-senders.txt" | sort -rn > "$2/shell-stats.txt"' sh "$conf" "$dir"
showq_cpu=$(printf '%.2f' "$(echo "($(showq_ticks) - $showq0) / $tick" | bc -l)")
shell_stats=$(cut -d' ' -f1 "$dir/t-shell"); shell_stats_cpu=$(echo "$(cpu "$dir/t-shell") + $showq_cpu" | bc -l)

# --- the floor of any per-message stats: opening and reading every queue file once, in C, one process
t0=$(now)
find "$dir/spool/deferred" -type f -print0 | xargs -0 cat > /dev/null
floor_read=$(since "$t0")
# ... and in Java, with the JVM options of ./smtpsentry: list, open (openat), read, close every file on 2 threads, no
# decoding; the JVM's start excluded. smtpsentry's stats is this plus its start-up plus decoding and counting.
read -r _ _ java_floor java_floor_cpu < <("$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  "$here/bench/ReadFloor.java" 2 "$dir/spool/deferred")
# ... and smtpsentry's start-up: queue stats of an empty queue (JVM, command line, postconf not run)
mkdir -p "$dir/empty/incoming" "$dir/empty/active" "$dir/empty/deferred" "$dir/empty/hold"
/usr/bin/time -f '%e %U %S' -o "$dir/t-empty" "$smtpsentry" queue stats --mta postfix --queue-dir "$dir/empty" > /dev/null
ours_empty=$(cut -d' ' -f1 "$dir/t-empty"); ours_empty_cpu=$(cpu "$dir/t-empty")

# --- stats with logins: postqueue has no login, so the shell reads each message (timed on the sample)
postqueue -c "$conf" -p | awk '/^[0-9A-Za-z]+[*!]? / { sub(/[*!]$/, "", $1); print $1 }' > "$dir/ids.txt"
head -n "$sample" "$dir/ids.txt" > "$dir/sample-ids.txt"
t0=$(now)
while read -r id; do
  postcat -c "$conf" -q "$id" 2>/dev/null | grep -m1 -o 'sasl_username=.*' || echo "(none)"
done < "$dir/sample-ids.txt" | sort | uniq -c > "$dir/shell-logins.txt"
shell_login_sample=$(since "$t0")
shell_logins=$(echo "$shell_login_sample * $(wc -l < "$dir/ids.txt") / $sample" | bc -l)

# --- list --contains
t0=$(now)
"$smtpsentry" queue list -c "$conf" --contains NEEDLE-4242 --json > "$dir/ours-contains.json"
ours_contains=$(since "$t0")
t0=$(now)
"$smtpsentry" queue list -c "$conf" --contains NEEDLE-4242 --json > "$dir/ours-contains.json"
ours_contains2=$(since "$t0")
ours_found=$(grep -c '"id":' "$dir/ours-contains.json" || true)
t0=$(now)
shell_found=0
while read -r id; do
  if postcat -c "$conf" -q "$id" 2>/dev/null | grep -q NEEDLE-4242; then shell_found=$((shell_found + 1)); fi
done < "$dir/sample-ids.txt"
shell_sample=$(since "$t0")
shell_contains=$(echo "$shell_sample * $(wc -l < "$dir/ids.txt") / $sample" | bc -l)

# --- purge of the whole queue, quarantine included
t0=$(now)
"$smtpsentry" queue purge -c "$conf" --all --yes --quarantine-dir "$dir/quarantine" > "$dir/ours-purge.txt"
ours_purge=$(since "$t0")
left=$(find "$dir/spool/deferred" -type f | wc -l)
archive=$(ls "$dir"/quarantine/*.zip)
archived=$(unzip -l "$archive" | grep -c 'messages/' || true)
archive_mb=$(du -m "$archive" | cut -f1)

ratio() { echo "scale=1; $1 / $2" | bc -l; }
echo
echo "smtpsentry queue vs the shell equivalent, $count deferred messages, same machine, same run (load: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-44s %12s %16s %8s\n' "task" "smtpsentry" "shell" "speed-up"
printf '%-44s %10.2f s %14.2f s %7sx\n' "stats (shell: postqueue -p | awk, no logins)" "$ours_stats" "$shell_stats" "$(ratio "$shell_stats" "$ours_stats")"
printf '%-44s %10.2f s %14.2f s %7sx\n' "  CPU time (user + system; shell: with showq)" "$ours_stats_cpu" "$shell_stats_cpu" "$(ratio "$shell_stats_cpu" "$ours_stats_cpu")"
printf '%-44s %12s %14.2f s\n' "  (floor: find | xargs cat of every file)" "" "$floor_read"
printf '%-44s %10.2f s %16s\n' "  (Java floor: read every file, 2 threads)" "$java_floor" "($java_floor_cpu s CPU)"
printf '%-44s %10.2f s %16s\n' "  (start-up: stats of an empty queue)" "$ours_empty" "($ours_empty_cpu s CPU)"
printf '%-44s %10.2f s %14.2f s %7sx\n' "stats with logins (shell: postcat per message)" "$ours_stats" "$shell_logins" "$(ratio "$shell_logins" "$ours_stats")"
printf '%-44s %12s %16s\n' "" "" "(extrapolated from $sample messages: $shell_login_sample s)"
printf '%-44s %10.2f s %14.2f s %7sx\n' "list --contains NEEDLE-4242" "$ours_contains" "$shell_contains" "$(ratio "$shell_contains" "$ours_contains")"
printf '%-44s %12s %16s\n' "" "" "(extrapolated from $sample messages: $shell_sample s)"
printf '%-44s %10.2f s %16s\n' "purge all (quarantine archive included)" "$ours_purge" "-"
echo
echo "second runs of smtpsentry: stats $ours_stats2 s ($ours_stats2_cpu s CPU; showq alone: $showq_cpu s CPU), list --contains $ours_contains2 s (the table shows the first)"
echo "shell stats with postqueue -p | awk lacks logins and clients; smtpsentry's stats has them"
echo "found with --contains: smtpsentry $ours_found of $count; shell $shell_found of the $sample sampled"
echo "purge: $archived messages archived ($archive_mb MB zip), $left left in the deferred queue"
echo "senders counted by the shell: $(wc -l < "$dir/shell-senders.txt"); smtpsentry's stats head:"
sed -n '1,1p' "$dir/ours-stats.txt"
