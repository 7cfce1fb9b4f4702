# Sourced by ./mvnw: Portico needs a JDK 21 or newer. Keeps JAVA_HOME when it already points
# at one; otherwise picks the newest 21+ JDK under /usr/lib/jvm (or the `java` on PATH).
portico_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
portico_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(portico_java_major "$1")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}
if [ -n "${JAVA_HOME-}" ] && portico_jdk_ok "$JAVA_HOME"; then
  :
else
  portico_found=""
  portico_best=0
  # mvnw runs with globbing off; a script that sources this file may not: restore what it had.
  case $- in *f*) portico_noglob=1 ;; *) portico_noglob=0 ;; esac
  set +f
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    if portico_jdk_ok "$candidate"; then
      v=$(portico_java_major "$candidate")
      if [ "$v" -gt "$portico_best" ]; then portico_best=$v; portico_found=$candidate; fi
    fi
  done
  [ "$portico_noglob" = 1 ] && set -f
  if [ -z "$portico_found" ]; then
    echo "Portico needs a JDK 21 or newer. Install one (e.g. apt-get install openjdk-21-jdk" >&2
    echo "or Temurin 21+) and/or set JAVA_HOME to it. Current JAVA_HOME: ${JAVA_HOME-<unset>}" >&2
    exit 1
  fi
  JAVA_HOME=$portico_found
  export JAVA_HOME
fi
