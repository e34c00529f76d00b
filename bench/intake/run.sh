#!/usr/bin/env bash
# The whole business-record import of a CSV of order rows against one COPY of the same file into a plain table on
# the same PostgreSQL (embedded, in target/pg-bench-intake, wiped on every run). Arguments: [rows=1000000] [rounds=3]
# JVM options from BENCH_JAVA_OPTS (default -Xmx256m: the app side of the import within 256 MB of heap).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx256m} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    dev.kaohe.bench.RecordImportBenchmark "$@"
