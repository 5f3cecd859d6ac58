#!/usr/bin/env bash
# Builds what the local stack needs and runs it: the embedded MongoDB-wire server (data in ./data/) and both
# services in one JVM. Usage: ./run-local.sh [--demo]
# MONGODB_URI=mongodb://... uses that MongoDB instead of the embedded server. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "Java 17 is needed on the PATH" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed on the PATH" >&2; exit 1; }

jar=local-stack/target/local-stack-0.1.0-SNAPSHOT.jar
build_log=local-stack/target/run-local-build.log
mkdir -p local-stack/target

echo "Building the local stack (log: $build_log) ..."
# offline first, as the dependencies are usually cached; online when something is missing.
# Tests are neither compiled nor run here: that is `mvn -B verify`.
build=(mvn -B -q -Dmaven.test.skip=true -pl local-stack -am package)
if ! "${build[@]}" -o >"$build_log" 2>&1; then
    if grep -q "offline" "$build_log"; then
        echo "Some dependencies are not cached yet; building online ..."
        "${build[@]}" >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
    else
        cat "$build_log" >&2
        exit 1
    fi
fi

echo "Starting the local stack ..."
# Start-up is mostly class loading and JIT work: the C1 compiler only and the serial collector took the CPU time to
# "up" from 18-32 s to 9-12 s on two cores; JAVA_OPTS replaces them (for a long replay, a fixed heap touched at start:
# JAVA_OPTS="-Xms6g -Xmx6g -XX:+AlwaysPreTouch", docs/running.md, "Heap").
java_opts=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
# exec: the JVM receives Ctrl-C / SIGTERM itself and stops the services, then the database, in order
# shellcheck disable=SC2086  # the options are words
exec java $java_opts -jar "$jar" "$@"
