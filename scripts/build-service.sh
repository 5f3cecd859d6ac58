#!/usr/bin/env bash
# Builds one service's (or the gateway's) runnable jar, <service>/target/<service>-0.1.0-SNAPSHOT-exec.jar. This is
# the image's build recipe: the Dockerfile runs it, and CI runs it from a fresh clone. Usage:
# scripts/build-service.sh SERVICE (engagement-service, workshop-service or gateway). -am builds the modules the service depends on; tests are neither
# compiled nor run here (that is `mvn -B verify`).
set -euo pipefail
cd "$(dirname "$0")/.."

service=${1:?usage: scripts/build-service.sh engagement-service|workshop-service|gateway}
[ -f "$service/pom.xml" ] || { echo "No module '$service' here" >&2; exit 2; }

mvn -B -q -Dmaven.test.skip=true -pl "$service" -am package

jar="$service/target/$service-0.1.0-SNAPSHOT-exec.jar"
[ -f "$jar" ] || { echo "The build made no $jar" >&2; exit 1; }
