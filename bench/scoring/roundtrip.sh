#!/usr/bin/env bash
# The scoring engine from PostgreSQL and back against one SQL read of the same inputs (embedded PostgreSQL in
# target/pg-bench-scoring, wiped on every run). Arguments: [participants=100000] [warm-up rounds=3] [measured rounds=5]
# JVM options from BENCH_JAVA_OPTS (default -Xms2g -Xmx2g, as the JMH fork).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    dev.kaohe.bench.ScoringRoundTripBenchmark "$@"
