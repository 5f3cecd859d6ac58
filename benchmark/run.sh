#!/usr/bin/env bash
# Builds the local stack's jar and this module, then runs one of the benchmark programs with the options given,
# e.g. benchmark/run.sh CrashTest -Dcrash.writes=500 (see docs/performance.md for each program and its options).
# MVN_FLAGS adds Maven flags (-o to build offline). The class path is Maven's and the program runs on a plain java,
# so no exec plugin is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: benchmark/run.sh <CrashTest|ProjectionLag|LoadTest|EventStoreBenchmark|DocumentEncodingBenchmark|EmbeddedServerBenchmark> [-Dname=value ...]" >&2; exit 2; }
program=$1
shift
# the jar is made again: a jar whose own module did not change is otherwise kept, with the services it held then
rm -f local-stack/target/local-stack-*.jar
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} -pl local-stack,benchmark -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java "$@" -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" "org.lis.benchmark.$program"
