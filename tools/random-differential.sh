#!/usr/bin/env bash
# The randomized differential test against crm_simulate by hand, on a seed range:
#   tools/random-differential.sh --seeds 1-500 [--no-minimize] [-v] [--crm-simulate]
# prints a (minimized) report for every seed where crmj's scheduler diverges; exit 1 if any does.
# --crm-simulate checks the harness itself: crm_simulate as the scheduler under test, every seed must agree.
exec "$(dirname "${BASH_SOURCE[0]}")/test-main.sh" crmj.cib.scheduler.RandomDifferentialMain "$@"
