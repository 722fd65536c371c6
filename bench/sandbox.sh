#!/bin/bash
# Sandbox benchmark: the seed on crmj's sandbox cluster, each step a cold ./crm process in a fresh state
# directory, beside the real crm_simulate -S on the same inputs (the CIBs the sandbox kept in pe-inputs/):
#   ./crm configure < ../shared/reference/seed.crm   (commit, schedule, simulate until settled)
#   ./crm node standby alpha                          (the failover: one transition)
#   ./crm status
# Each step's exit status must be 0, and after the standby `crm status` must show nfs started on delta.
# Prints the median wall time of each step over RUNS runs and the median time of
# crm_simulate -x pe-input-N.xml -S on the transitions' inputs, as markdown.
#
# usage: bench/sandbox.sh [--runs K]   (default 5)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
runs=5
[[ ${1:-} == --runs ]] && runs=$2
seed=$here/../shared/reference/seed.crm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/crm" --version > /dev/null

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A times
for ((i = 1; i <= runs; i++)); do
  export CRMJ_STATE_DIR=$work/state-$i
  t0=$(now); "$here/crm" configure < "$seed" > /dev/null || { echo "configure failed" >&2; exit 1; }
  t1=$(now); "$here/crm" node standby alpha > /dev/null 2>&1 || { echo "standby failed" >&2; exit 1; }
  t2=$(now); out=$("$here/crm" status) || { echo "status failed" >&2; exit 1; }
  t3=$(now)
  grep -q "nfs.*Started delta" <<< "$out" || { echo "nfs is not on delta:" >&2; echo "$out" >&2; exit 1; }
  times[configure]+="$(echo "$t1 - $t0" | bc) "
  times[standby]+="$(echo "$t2 - $t1" | bc) "
  times[status]+="$(echo "$t3 - $t2" | bc) "
  for f in "$CRMJ_STATE_DIR"/pe-inputs/pe-input-*.xml; do
    s0=$(now); crm_simulate -x "$f" -S > /dev/null 2>&1; s1=$(now)
    times[crm_simulate]+="$(echo "$s1 - $s0" | bc) "
  done
done

echo "| step (median of $runs, cold process) | seconds |"
echo "|---|---|"
for k in configure standby status crm_simulate; do
  label=$k
  [[ $k == crm_simulate ]] && label="crm_simulate -x pe-input-N.xml -S (one transition, for comparison)"
  [[ $k == configure ]] && label="./crm configure < seed.crm (commit + transitions)"
  [[ $k == standby ]] && label="./crm node standby alpha (transition)"
  [[ $k == status ]] && label="./crm status"
  printf '| %s | %.2f |\n' "$label" "$(tr ' ' '\n' <<< "${times[$k]}" | grep . | median)"
done
