#!/usr/bin/env bash
# Benchmark of `smtpsentry audit passwords`: checks per second per scheme, beside Dovecot's own verifier
# `doveadm pw -t` checking the same hashes against the same kind of wrong guesses, in the same run.
# doveadm is one process per check, which is how an administrator scripts it; its figure includes that start-up.
# Usage: bench/audit.sh [SCHEME...]      (needs doveadm from dovecot-core; takes a few minutes)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sentry="$here/../smtpsentry"
command -v doveadm >/dev/null || { echo "bench/audit.sh: doveadm not installed (apt-get install dovecot-core)" >&2; exit 2; }
out="$here/out/audit"
rm -rf "$out"; mkdir -p "$out"

schemes=("$@")
if [ ${#schemes[@]} -eq 0 ]; then
  schemes=(PLAIN SHA256 SSHA SSHA512 CRAM-MD5 MD5-CRYPT SHA256-CRYPT SHA512-CRYPT PBKDF2 SCRAM-SHA-256 BLF-CRYPT
           ARGON2I ARGON2ID)
fi
slow=" BLF-CRYPT ARGON2I ARGON2ID PBKDF2 SCRAM-SHA-256 SCRAM-SHA-1 "
moderate=" MD5-CRYPT SHA256-CRYPT SHA512-CRYPT OTP "

# 40 wrong guesses, made up here
for i in $(seq 1 40); do echo "Wrong-guess-$i"; done > "$out/words.txt"

printf '%-14s %9s %12s %14s   %9s %12s\n' SCHEME CHECKS "OURS/S" "OURS/S/THREAD" "DOVEADM" "DOVEADM/S"
for scheme in "${schemes[@]}"; do
  # fast schemes: 100 hashes by doveadm, each under 20 logins (2,000 accounts), so the run lasts long enough
  accounts=100; copies=20; peer_checks=150
  case "$moderate" in *" $scheme "*) accounts=20; copies=1; peer_checks=60 ;; esac
  case "$slow" in *" $scheme "*) accounts=2; copies=1; peer_checks=6 ;; esac
  file="$out/$scheme.passwd"
  : > "$file"
  for i in $(seq 1 "$accounts"); do
    hash=$(doveadm pw -s "$scheme" -p "Strong-$i-$RANDOM-pass" -u "bench$i@example.org")
    for c in $(seq 1 "$copies"); do echo "bench$i-$c@example.org:$hash::::::" >> "$file"; done
  done
  json=$("$sentry" audit passwords --passwd-file "$file" --no-builtin-list --wordlist "$out/words.txt" \
          --budget 30s --threads 2 --json || true)
  checks=$(printf '%s\n' "$json" | awk -F': ' '/"guesses_tried"/ {gsub(/,/, "", $2); print $2}')
  ms=$(printf '%s\n' "$json" | awk -F': ' '/"elapsed_ms"/ {gsub(/,/, "", $2); print $2}')
  per_thread=$(printf '%s\n' "$json" | awk -F': ' '/"per_second_per_thread"/ {gsub(/,/, "", $2); print $2}' | head -1)
  # the peer: doveadm pw -t on the same file's hashes, one wrong guess each time
  start=$(date +%s%N)
  n=0
  while [ "$n" -lt "$peer_checks" ]; do
    line=$(sed -n "$(( n % accounts + 1 ))p" "$file")
    hash=$(printf '%s' "$line" | cut -d: -f2)
    doveadm pw -t "$hash" -p "Wrong-guess-$n" -u "$(printf '%s' "$line" | cut -d: -f1)" >/dev/null 2>&1 || true
    n=$((n + 1))
  done
  end=$(date +%s%N)
  ours=$(awk -v c="$checks" -v ms="$ms" 'BEGIN { printf "%.0f", (ms > 0 ? c * 1000 / ms : 0) }')
  peer=$(awk -v c="$peer_checks" -v ns="$((end - start))" 'BEGIN { printf "%.1f", c * 1e9 / ns }')
  printf '%-14s %9s %12s %14s   %9s %12s\n' "$scheme" "$checks" "$ours" "$per_thread" "$peer_checks" "$peer"
done
echo "ours: smtpsentry audit passwords, 2 threads: all checks over the run's wall clock (JVM start excluded; candidate"
echo "      generation included); per thread: checks over the time spent in them on their thread"
echo "doveadm: doveadm pw -t, one process per check (how a shell loop over doveadm runs)"
