#!/usr/bin/env bash
# Regenerates cib/src/test/resources/scheduler/cts-expected-differences.txt (the supported corpus cases
# where crmj's scheduler still differs from crm_simulate) from a run of CtsConformanceTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl grammar install -DskipTests
mvn -B -q -pl cib test -Dtest=CtsConformanceTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrmj.cts.regen=true
git --no-pager diff --stat -- cib/src/test/resources/scheduler/cts-expected-differences.txt
