#!/usr/bin/env bash
# 500 people submitting their self-assessment at the deadline, against a trivial endpoint of the same app in the
# same run. Builds the test classes, starts the application with its own embedded PostgreSQL (target/pg-bench-load,
# wiped on every run) and seeds it (dev.kaohe.bench.LoadBenchmark), runs the Gatling simulation (bench/load), then
# lets the application side check that nothing was lost.
# Usage: bench/load/run.sh [users=500] [login ramp seconds=60] [trivial requests per user=10]
# Environment: LOAD_PORT (default 18481), BENCH_JAVA_OPTS (default -Xmx1g).
# Output: the figures on stdout and in target/load/summary.txt; Gatling's report under bench/load/target/gatling.
set -euo pipefail
cd "$(dirname "$0")/../.."
users=${1:-500}
ramp=${2:-60}
trivial=${3:-10}
port=${LOAD_PORT:-18481}
out=target/load
mkdir -p "$out"
rm -f "$out/ready" "$out/done" "$out/summary.txt"

echo "== build"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
./mvnw -q -B -f bench/load/pom.xml test-compile

echo "== start and seed (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    dev.kaohe.bench.LoadBenchmark "$out" "$port" "$users" > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until [ -f "$out/ready" ]; do
  kill -0 $app 2>/dev/null || { cat "$out/app.log"; echo "the application side died"; exit 1; }
  sleep 1
done
grep -v '^\s*$' "$out/app.log" | grep -E '^(application up|[0-9]+ (employees|accounts)|cycle|seeded)' || true

echo "== load (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
./mvnw -B -f bench/load/pom.xml gatling:test \
    -Dload.baseUrl="http://localhost:$port" -Dload.feeder="$PWD/$out/users.json" -Dload.users="$users" \
    -Dload.loginRampSeconds="$ramp" -Dload.trivialPerUser="$trivial" -Dload.summary="$PWD/$out/summary.txt" \
    > "$out/gatling.log" 2>&1 || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'Please open the following file|failed|KO' "$out/gatling.log" | tail -5 || true
[ -f "$out/summary.txt" ] && cat "$out/summary.txt"

echo "== check"
touch "$out/done"
verified=0
wait $app || verified=$?
trap - EXIT
sed -n "/=== database sessions/,\$p" "$out/app.log"
if [ $status -ne 0 ]; then echo "Gatling reported failures (see $out/gatling.log)"; fi
exit $(( status != 0 || verified != 0 ))
