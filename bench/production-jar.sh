#!/usr/bin/env bash
# Production jar figures for the benchmark (issue 14): its size, start-up until /actuator/health
# answers 200, and resident memory (VmRSS) when idle after start. Starts the jar as the README's
# embedded default (embedded PostgreSQL and engine, demo seeded) on a fresh data folder and free
# ports, then stops it. Writes bench/target/production-jar.properties, which the benchmark
# (`./mvnw -Pbench -pl bench -am verify -DskipTests`) puts into its table.
#
#   bench/production-jar.sh           # builds the jar when missing
#   bench/production-jar.sh --build   # always rebuilds it first
set -euo pipefail
cd "$(dirname "$0")/.."

jar_file() { ls ui/target/portico-ui-*.jar 2>/dev/null | grep -v -e '-plain' -e '-sources' | head -1 || true; }

# A jar without BOOT-INF is the plain one a -Pbench build leaves (it skips the repackaging).
executable() { [[ -n "$(jar_file)" ]] && unzip -Z1 "$(jar_file)" | grep -q '^BOOT-INF/'; }
if [[ "${1:-}" == "--build" ]] || ! executable; then
  ./mvnw -q -pl ui -am package -DskipTests
fi
JAR="$(jar_file)"
[[ -n "$JAR" ]] || { echo "No jar in ui/target" >&2; exit 1; }

# The same JDK ./mvnw picks (21 or newer); BENCH_JAVA overrides it.
. .mvn/select-jdk.sh
JAVA="${BENCH_JAVA:-$JAVA_HOME/bin/java}"
# The documented heap limit (docs/production.md, "Memory"); override with BENCH_JVM_OPTS.
JVM_OPTS="${BENCH_JVM_OPTS:--Xmx384m}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
ENGINE_PORT="$(free_port)"
DATA="$(mktemp -d /tmp/portico-bench-jar.XXXXXX)"
OUT=bench/target/production-jar.properties
mkdir -p bench/target

PORTICO_DATA_DIR="$DATA" PORTICO_ENGINE_PORT="$ENGINE_PORT" SERVER_PORT="$PORT" \
  "$JAVA" $JVM_OPTS -jar "$JAR" >"$DATA/portico.log" 2>&1 &
PID=$!
stop() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}
trap stop EXIT

START_NS=$(date +%s%N)
STATUS=000
while (( $(date +%s%N) - START_NS < 180000000000 )); do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "Portico exited during start-up; log: $DATA/portico.log" >&2
    exit 1
  fi
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true)
  [[ "$STATUS" == 200 ]] && break
  sleep 0.1
done
STARTUP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
[[ "$STATUS" == 200 ]] || { echo "Not healthy within 180 s; log: $DATA/portico.log" >&2; exit 1; }

sleep 15 # idle: start-up work (seeding, flow resumption, first relay) done
RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
# embedded PostgreSQL runs as processes of its own, on this data folder
PG_KB=0
# (its postmaster names the folder; the backends are the postmaster's children)
for p in $(pgrep -f -- "$DATA" || true); do
  [[ "$p" == "$PID" ]] && continue
  for q in "$p" $(pgrep -P "$p" || true); do
    kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$q/status" 2>/dev/null || echo 0)
    PG_KB=$(( PG_KB + ${kb:-0} ))
  done
done
JAR_BYTES=$(stat -c %s "$JAR")

cat >"$OUT" <<PROPS
measured.at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
jar=$(basename "$JAR")
jar.bytes=$JAR_BYTES
startup.ms=$STARTUP_MS
rss.kb=$RSS_KB
postgres.rss.kb=$PG_KB
java=$("$JAVA" -version 2>&1 | head -1 | tr -d '"')
jvm.options=$JVM_OPTS
PROPS
cat "$OUT"
stop
trap - EXIT
rm -rf "$DATA"
