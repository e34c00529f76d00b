#!/usr/bin/env bash
# Runs the scoring-engine JMH benchmark. Extra arguments go to JMH (e.g. -wi 1 -i 3 -f 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main ScoringBenchmark "$@"
