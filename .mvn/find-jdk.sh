# Sourced by ./mvnw and ./smtpsentry (POSIX sh): sets JAVA_HOME to a JDK >= 21, looking at JAVA_HOME, the javac on
# PATH and /usr/lib/jvm in that order, and smtpsentry_v to its major version. These machines often have an older
# default java beside a newer JDK. Shell builtins where they serve: every run of ./smtpsentry goes through this.
smtpsentry_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  smtpsentry_v=
  # The JDK's release file names its version without starting a JVM; ask the JVM only when it is missing.
  if [ -f "$1/release" ]; then
    while IFS= read -r smtpsentry_l || [ -n "$smtpsentry_l" ]; do
      case $smtpsentry_l in
        JAVA_VERSION=*) smtpsentry_v=${smtpsentry_l#JAVA_VERSION=\"}; smtpsentry_v=${smtpsentry_v%%[!0-9]*}; break ;;
      esac
    done < "$1/release"
  else
    smtpsentry_v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p' | head -n 1)
    smtpsentry_v=${smtpsentry_v%%.*}
  fi
  [ -n "$smtpsentry_v" ] && [ "$smtpsentry_v" -ge 21 ] 2>/dev/null
}
smtpsentry_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && smtpsentry_jdk_ok "$JAVA_HOME"; then SMTPSENTRY_JDK=$JAVA_HOME; return 0; fi
  if smtpsentry_h=$(command -v javac); then
    smtpsentry_h=$(readlink -f "$smtpsentry_h")
    smtpsentry_h=${smtpsentry_h%/*}
    smtpsentry_h=${smtpsentry_h%/*}
    if smtpsentry_jdk_ok "$smtpsentry_h"; then SMTPSENTRY_JDK=$smtpsentry_h; return 0; fi
  fi
  for smtpsentry_h in /usr/lib/jvm/*; do
    if smtpsentry_jdk_ok "$smtpsentry_h"; then SMTPSENTRY_JDK=$smtpsentry_h; return 0; fi
  done
  return 1
}
if smtpsentry_find_jdk; then
  JAVA_HOME="$SMTPSENTRY_JDK"
  export JAVA_HOME
else
  echo "smtpsentry: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one and retry" >&2
  exit 2
fi
