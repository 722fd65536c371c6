#!/usr/bin/env bash
# The randomized differential test against crm_simulate by hand, on a seed range:
#   tools/random-differential.sh --seeds 1-500 [--no-minimize] [-v]
# prints a (minimized) report for every seed where crmj's scheduler diverges; exit 1 if any does.
exec "$(dirname "${BASH_SOURCE[0]}")/test-main.sh" crmj.cib.scheduler.RandomDifferentialMain "$@"
