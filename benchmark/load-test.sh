#!/usr/bin/env bash
# How the cost of each kind of request grows with the data (docs/performance.md, "How cost grows"): builds the local
# stack's jar and the benchmark (offline, nothing installed), then runs org.lis.benchmark.LoadTest, which starts the
# stack on a data folder of its own (gateway on 38180, services 38181-38182, MongoDB 38117, SMTP 38125), seeds
# PARTNERS partners through the gateway and drives the mix, printing throughput and p50/p99 per kind.
# Usage: benchmark/load-test.sh [PARTNERS]   (default 1000)
# Environment: WRITERS (seeding threads, 8), CLIENTS (8), WARMUP (20 s), DURATION (60 s), JVM_OPTIONS (the stack's,
# -XX:+UseParallelGC), DATA_FOLDER (a new temporary folder), RESUME (false; true: measure the data an earlier run
# seeded in DATA_FOLDER again, without seeding).
# exec-maven-plugin is not used: its dependencies are not in the offline repository, so the class path is Maven's
# and the program runs on a plain java.
set -euo pipefail
cd "$(dirname "$0")/.."

partners=${1:-1000}
# the jar is made again: a jar whose own module did not change is otherwise kept, with the services it held then
rm -f local-stack/target/local-stack-*.jar
mvn -B -o -q -pl local-stack,benchmark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
folder=${DATA_FOLDER:-$(mktemp -d /tmp/lis-load-XXXXXX)}
exec java -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
    -Dload.partners="$partners" -Dload.writers="${WRITERS:-8}" -Dload.clients="${CLIENTS:-8}" \
    -Dload.warmup="${WARMUP:-20}" -Dload.seconds="${DURATION:-60}" \
    -Dload.jvmOptions="${JVM_OPTIONS:--XX:+UseParallelGC}" -Dload.folder="$folder" -Dload.resume="${RESUME:-false}" \
    org.lis.benchmark.LoadTest
