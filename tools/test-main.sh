#!/usr/bin/env bash
# Runs a main class of the cib module's test sources (the scheduler harnesses) with the test classpath,
# from the cib module's directory (where the corpus path ../../shared/pacemaker-cts is resolved).
# Usage: tools/test-main.sh CLASS [ARGS...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
main=$1
shift
mvn -B -q -pl grammar install -DskipTests
mvn -B -q -pl cib test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
cd cib
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" "$main" "$@"
