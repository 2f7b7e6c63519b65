#!/usr/bin/env bash
# Parsing speed of every log format smtpsentry reads (lines/s), beside Postfix's syslog lines, on generated logs of
# the same traffic (~200,000 lines each): Postfix, Sendmail, Exim, IceWarp, Exchange (receive protocol log).
# Each log is read once to warm up, then --runs times; the best run counts.
#
# Usage: bench/formats.sh [--lines N] [--runs N]
# Needs: a JDK >= 21 (found like ./smtpsentry does). The logs are generated once into bench/out/ and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$root/.mvn/find-jdk.sh"
"$root/smtpsentry" --version >/dev/null # builds target/smtpsentry.jar when it is missing or older than the sources
cd "$root"
exec "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp target/smtpsentry.jar bench/FormatSpeed.java --out bench/out "$@"
