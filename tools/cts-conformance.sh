#!/usr/bin/env bash
# The scheduler conformance runner by hand, over ../shared/pacemaker-cts:
#   tools/cts-conformance.sh                 the report (also: --report FILE)
#   tools/cts-conformance.sh -v CASE         one case's classification and section diffs
#   tools/cts-conformance.sh --crm-simulate  check the harness with the real crm_simulate as the scheduler
exec "$(dirname "${BASH_SOURCE[0]}")/test-main.sh" crmj.cib.scheduler.CtsConformanceMain "$@"
