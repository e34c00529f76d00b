#!/usr/bin/env bash
# The scoring engine in a plain timing loop with a checksum over all results.
# Arguments: [participants=100000] [warm-up runs=5] [measured runs=10] [checksum|nochecksum]
# JVM options from BENCH_JAVA_OPTS (default -Xms2g -Xmx2g, as the JMH fork), e.g. -XX:StartFlightRecording=filename=target/scoring.jfr
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    dev.kaohe.bench.ScoringEngineTiming "$@"
