#!/usr/bin/env bash
# How the cost of each kind of request grows with the data (docs/performance.md, "How cost grows"): builds the local
# stack's jar and the benchmark (offline, nothing installed), then runs org.lis.benchmark.LoadTest, which starts the
# stack on a data folder of its own (gateway on 28180, services 28181-28182, MongoDB 28117, SMTP 28125), seeds
# PARTNERS partners through the gateway and drives the mix, printing throughput and p50/p99 per kind.
# Usage: benchmark/load-test.sh [PARTNERS]   (default 1000)
# Environment: ACTIVITIES and SHARED (each partner's own activities and shared ones, 2 and 7; 9 and 1 make ten
# events a partner), WRITERS (seeding threads, 8), CLIENTS (8), WARMUP (20 s), DURATION (60 s), JVM_OPTIONS (the stack's,
# -XX:+UseParallelGC), DATA_FOLDER (a new temporary folder), RESUME (false; true: measure the data an earlier run
# seeded in DATA_FOLDER again, without seeding).
set -euo pipefail
cd "$(dirname "$0")/.."

partners=${1:-1000}
folder=${DATA_FOLDER:-$(mktemp -d /tmp/lis-load-XXXXXX)}
exec benchmark/run.sh LoadTest \
    -Dload.partners="$partners" -Dload.ownActivities="${ACTIVITIES:-2}" -Dload.sharedPerPartner="${SHARED:-7}" \
    -Dload.writers="${WRITERS:-8}" -Dload.clients="${CLIENTS:-8}" \
    -Dload.warmup="${WARMUP:-20}" -Dload.seconds="${DURATION:-60}" \
    -Dload.jvmOptions="${JVM_OPTIONS:--XX:+UseParallelGC}" -Dload.folder="$folder" -Dload.resume="${RESUME:-false}"
