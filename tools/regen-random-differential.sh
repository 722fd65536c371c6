#!/usr/bin/env bash
# Regenerates cib/src/test/resources/scheduler/random-divergent-seeds.txt (the seeds of RandomDifferentialTest
# where crmj's scheduler still diverges from crm_simulate) from a run of the test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl grammar install -DskipTests
mvn -B -q -pl cib test -Dtest=RandomDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrmj.random.regen=true
git --no-pager diff --stat -- cib/src/test/resources/scheduler/random-divergent-seeds.txt
