#!/usr/bin/env bash
# Start-up time and memory of the running app on the embedded PostgreSQL.
# Usage: bench/startup.sh            (builds the jar if needed, uses a throwaway data directory)
# Prints: seconds until the app answers /actuator/health, RSS of the JVM and PSS of all PostgreSQL processes.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/kaohe-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/kaohe-*.jar | grep -v plain | head -1)
fi

data=$(mktemp -d /tmp/kaohe-bench-XXXX)
port=18080
dbport=$(( 20000 + RANDOM % 10000 ))
run() {
  local label=$1
  local start=$(date +%s.%N)
  java -jar "$jar" --server.port=$port --kaohe.embedded-db.data-dir="$data/pg" --kaohe.embedded-db.port=$dbport \
    > "$data/app-$label.log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $data/app-$label.log"; exit 1; }
    sleep 0.2
  done
  local ready=$(date +%s.%N)
  # let the JVM settle, then touch a page so the web stack is loaded
  curl -s "http://localhost:$port/login" >/dev/null
  sleep 3
  local rss_app=$(ps -o rss= -p $pid)
  # PostgreSQL runs as several processes sharing memory: add their proportional set sizes (PSS), not RSS
  local rss_pg=0
  local postmaster=$(head -1 "$data/pg/postmaster.pid")
  for p in $postmaster $(pgrep -P "$postmaster"); do
    rss_pg=$(( rss_pg + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0) ))
  done
  printf '%-10s start-up %.1f s   app RSS %d MB   postgres PSS %d MB\n' "$label" \
    "$(awk -v a="$start" -v b="$ready" "BEGIN{print b-a}")" $((rss_app / 1024)) $((rss_pg / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}

run first      # initdb + migrations
run second     # existing data directory
rm -rf "$data"
