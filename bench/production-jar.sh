#!/usr/bin/env bash
# Production jar figures for the benchmark (issue 14): its size, start-up until /actuator/health
# answers 200, and resident memory (VmRSS) when idle after start, measured two ways:
#   - plain: `java -jar portico-ui.jar`, as a user who built the jar runs it;
#   - image: as the production image (Dockerfile) runs it: the jar extracted, with the JVM's
#     ahead-of-time cache from a training run (decision 033).
# Each starts the README's embedded default (embedded PostgreSQL and engine, demo seeded) on a
# fresh data folder and free ports, then stops it. Writes bench/target/production-jar.properties,
# which the benchmark (`./mvnw -Pbench -pl bench -am verify -DskipTests`) puts into its table.
#
#   bench/production-jar.sh           # builds the jar when missing
#   bench/production-jar.sh --build   # always rebuilds it first
set -euo pipefail
cd "$(dirname "$0")/.."

jar_file() { ls ui/target/portico-ui-*.jar 2>/dev/null | grep -v -e '-plain' -e '-sources' | head -1 || true; }

# A jar without BOOT-INF is the plain one a -Pbench build leaves (it skips the repackaging).
# (unzip's own test: `| grep -q` would end the listing early, and pipefail count that a failure)
executable() { [[ -n "$(jar_file)" ]] && unzip -Z1 "$(jar_file)" 'BOOT-INF/lib/*' >/dev/null 2>&1; }
if [[ "${1:-}" == "--build" ]] || ! executable; then
  ./mvnw -q -pl ui -am package -DskipTests
fi
JAR="$(jar_file)"
[[ -n "$JAR" ]] || { echo "No jar in ui/target" >&2; exit 1; }

# The same JDK ./mvnw picks (21 or newer); BENCH_JAVA overrides it.
. .mvn/select-jdk.sh
JAVA="${BENCH_JAVA:-$JAVA_HOME/bin/java}"
# The image's heap limit and collector (Dockerfile, docs/production.md "Memory"); override with
# BENCH_JVM_OPTS.
JVM_OPTS="${BENCH_JVM_OPTS:--Xmx384m -XX:+UseSerialGC}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
OUT=bench/target/production-jar.properties
WORK="$(mktemp -d /tmp/portico-bench-jar.XXXXXX)"
mkdir -p bench/target
PID=
cleanup() {
  [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  # embedded PostgreSQL runs as processes of its own, named by their data folder
  pkill -f -- "$WORK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Starts Portico (the java arguments given) on a fresh data folder and free ports; sets
# STARTUP_MS, RSS_KB (the JVM, idle 15 s after healthy) and PG_KB (its PostgreSQL processes).
measure() {
  local name=$1
  shift
  local data="$WORK/$name"
  local port
  port="$(free_port)"
  mkdir -p "$data"
  PORTICO_DATA_DIR="$data" PORTICO_ENGINE_PORT="$(free_port)" SERVER_PORT="$port" \
    "$JAVA" $JVM_OPTS "$@" >"$WORK/$name.log" 2>&1 &
  PID=$!
  local start status=000
  start=$(date +%s%N)
  while (( $(date +%s%N) - start < 180000000000 )); do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "Portico exited during start-up ($name); log:" >&2
      tail -40 "$WORK/$name.log" >&2
      exit 1
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" || true)
    [[ "$status" == 200 ]] && break
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ "$status" == 200 ]] || { echo "Not healthy within 180 s ($name)" >&2; tail -40 "$WORK/$name.log" >&2; exit 1; }

  sleep 15 # idle: start-up work (seeding, flow resumption, first relay) done
  RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
  PG_KB=0
  # (its postmaster names the folder; the backends are the postmaster's children)
  for p in $(pgrep -f -- "$data" || true); do
    [[ "$p" == "$PID" ]] && continue
    for q in "$p" $(pgrep -P "$p" || true); do
      kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$q/status" 2>/dev/null || echo 0)
      PG_KB=$(( PG_KB + ${kb:-0} ))
    done
  done
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  pkill -f -- "$data" 2>/dev/null || true
}

measure plain -jar "$JAR"
PLAIN_MS=$STARTUP_MS PLAIN_RSS=$RSS_KB PLAIN_PG=$PG_KB

# The image's way (Dockerfile): extract, train the AOT cache (the context starts once, then the
# JVM exits and writes the cache), run with it. The one-step training needs JDK 25.
if ! "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  echo "$("$JAVA" -version 2>&1 | head -1) has no AOT cache (JDK 25 or newer); set BENCH_JAVA" >&2
  exit 1
fi
APP="$WORK/application"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
APP_JAR="$APP/$(basename "$JAR")"
TRAIN_START=$(date +%s%N)
PORTICO_DATA_DIR="$WORK/training" PORTICO_ENGINE_PORT="$(free_port)" SERVER_PORT="$(free_port)" \
  "$JAVA" $JVM_OPTS -XX:AOTCacheOutput="$APP/portico.aot" -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" >"$WORK/training.log" 2>&1 \
  || { echo "AOT training run failed; log:" >&2; tail -40 "$WORK/training.log" >&2; exit 1; }
TRAIN_MS=$(( ($(date +%s%N) - TRAIN_START) / 1000000 ))
pkill -f -- "$WORK/training" 2>/dev/null || true
measure image -XX:AOTCache="$APP/portico.aot" -jar "$APP_JAR"

cat >"$OUT" <<PROPS
measured.at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
jar=$(basename "$JAR")
jar.bytes=$(stat -c %s "$JAR")
startup.ms=$PLAIN_MS
rss.kb=$PLAIN_RSS
postgres.rss.kb=$PLAIN_PG
image.startup.ms=$STARTUP_MS
image.rss.kb=$RSS_KB
image.postgres.rss.kb=$PG_KB
image.training.ms=$TRAIN_MS
image.aot.bytes=$(stat -c %s "$APP/portico.aot")
java=$("$JAVA" -version 2>&1 | head -1 | tr -d '"')
jvm.options=$JVM_OPTS
PROPS
cat "$OUT"
