#!/usr/bin/env bash
# Generates a demo company of N employees (default 100000) into a throwaway embedded PostgreSQL
# (target/pg-bench) and prints load and query figures.  Usage: bench/org-generator.sh [employees] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.kaohe.bench.OrgGeneratorBenchmark "$@"
