# Sourced by ./mvnw and ./smtpsentry (POSIX sh): sets JAVA_HOME to a JDK >= 21, looking at JAVA_HOME, the javac on
# PATH and /usr/lib/jvm in that order. These machines often have an older default java beside a newer JDK.
smtpsentry_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  # The JDK's release file names its version without starting a JVM; ask the JVM only when it is missing.
  if [ -f "$1/release" ]; then
    smtpsentry_v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
  else
    smtpsentry_v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p' | head -n 1)
  fi
  [ -n "$smtpsentry_v" ] && [ "${smtpsentry_v%%.*}" -ge 21 ] 2>/dev/null
}
smtpsentry_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && smtpsentry_jdk_ok "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    smtpsentry_h=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if smtpsentry_jdk_ok "$smtpsentry_h"; then echo "$smtpsentry_h"; return 0; fi
  fi
  for smtpsentry_h in /usr/lib/jvm/*; do
    if smtpsentry_jdk_ok "$smtpsentry_h"; then echo "$smtpsentry_h"; return 0; fi
  done
  return 1
}
if SMTPSENTRY_JDK=$(smtpsentry_find_jdk); then
  JAVA_HOME="$SMTPSENTRY_JDK"
  export JAVA_HOME
else
  echo "smtpsentry: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one and retry" >&2
  exit 2
fi
