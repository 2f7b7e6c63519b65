#!/usr/bin/env bash
# Parsing speed of every log format smtpsentry reads (lines/s), beside Postfix's syslog lines, on generated logs of
# the same traffic (~200,000 lines each): Postfix, Sendmail, Exim, IceWarp, Exchange (receive protocol log).
# Each format is read in a JVM of its own, as a user's run reads one format (in one JVM, the later formats ran on
# code the JIT had shaped for the earlier ones: their ratios swung from 0.9x to 2.7x between runs). Each log is read
# once to warm up, then --runs times; the best run counts.
#
# Usage: bench/formats.sh [--lines N] [--runs N]
# Needs: a JDK >= 21 (found like ./smtpsentry does). The logs are generated once into bench/out/ and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$root/.mvn/find-jdk.sh"
"$root/smtpsentry" --version >/dev/null # builds target/smtpsentry.jar when it is missing or older than the sources
cd "$root"
speed() { "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp target/smtpsentry.jar bench/FormatSpeed.java --out bench/out "$@"; }
printf '%-10s %10s %8s %14s %12s\n' format lines events lines/s "vs postfix"
postfix=$(speed --only postfix "$@")
echo "${postfix% *}" | sed "s/ *$//"
for format in sendmail exim icewarp exchange; do
  row=$(speed --only "$format" --postfix-rate "${postfix##* }" "$@")
  echo "${row% *}" | sed "s/ *$//"
done
echo '("vs postfix" is how many times slower than Postfix'"'"'s syslog lines; 1.00x or less is as fast or faster)'
