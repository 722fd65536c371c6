#!/bin/bash
# Scheduler benchmark: crmj's `./crm simulate` against Pacemaker 2.1.5's crm_simulate on the same CIBs.
#
# For each size GROUPSxNODES: `../shared/tools/gencfg.py GROUPS NODES` (GROUPS groups of 3 primitives, GROUPS/10
# promotable clones whose promotion rules make every group start, NODES nodes), loaded into a CIB file by crmj,
# then given a status section with every node online and no history ("starting from no history").
# Per tool, RUNS cold processes of each of:
#   scheduling only      simulate -x CIB -R        (crm_simulate -x CIB -R)
#   whole simulation     simulate -x CIB -S        (crm_simulate -x CIB -S; both skipped above --simulate-max groups)
# and once, crmj's in-process phase timings (-Dcrmj.scheduler.timing) for the scheduling alone.
# Every crmj run's Transition Summary is checked against crm_simulate's (white space folded).
# Prints medians (wall time) and ratios as markdown.
#
# usage: bench/scheduler.sh [--runs K] [--sizes 100x4,1000x16] [--simulate-max G] [--keep]
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
gencfg=$root/../shared/tools/gencfg.py
empty=$root/../shared/reference/empty.xml
CRMJ=$root/crm
runs=5 sizes="100x4,1000x16" simulate_max=100 keep=0
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2;;
	--sizes) sizes=$2; shift 2;;
	--simulate-max) simulate_max=$2; shift 2;;
	--keep) keep=1; shift;;
	*) echo "usage: $0 [--runs K] [--sizes 100x4,1000x16] [--simulate-max G] [--keep]" >&2; exit 2;;
	esac
done
work=$(mktemp -d)
[ $keep = 1 ] && echo "work folder: $work" >&2 || trap 'rm -rf "$work"' EXIT
"$CRMJ" --version >/dev/null || exit 1

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l | awk '{printf "%.3f\n", $1}'; }
summary() { sed -n '/^Transition Summary:/,/^$/p' | sed 's/ocf::/ocf:/' | tr -s ' \t' ' '; }

echo "| size | crm_simulate -R | crmj simulate -R | ratio | crm_simulate -S | crmj simulate -S | ratio | crmj scheduling in-process | summaries |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
IFS=, read -ra list <<<"$sizes"
for size in "${list[@]}"; do
	groups=${size%x*} nodes=${size#*x}
	cib=$work/cib-$size.xml
	python3 "$gencfg" "$groups" "$nodes" >"$work/$size.crm"
	cp "$empty" "$cib"
	CIB_file=$cib "$CRMJ" configure load update "$work/$size.crm" >/dev/null 2>&1 || { echo "load failed for $size" >&2; exit 1; }
	python3 - "$cib" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
nodes = re.findall(r'<node id="([^"]+)" uname="([^"]+)"', s)
st = '<status>' + ''.join(f'<node_state id="{i}" uname="{u}" in_ccm="true" crmd="online" join="member" expected="up"/>' for i, u in nodes) + '</status>'
s = re.sub(r'<status/>|<status>\s*</status>', st, s)
if '<status>' not in s:
    s = s.replace('</cib>', st + '</cib>')
open(p, 'w').write(s)
PY
	same=yes
	diff <(crm_simulate -x "$cib" -R 2>/dev/null | summary) <("$CRMJ" simulate -x "$cib" -R 2>/dev/null | summary) >/dev/null || same=DIFFERENT
	pr=$(for i in $(seq "$runs"); do wall crm_simulate -x "$cib" -R; done | median)
	jr=$(for i in $(seq "$runs"); do wall "$CRMJ" simulate -x "$cib" -R; done | median)
	if [ "$groups" -le "$simulate_max" ]; then
		ps=$(for i in $(seq "$runs"); do wall crm_simulate -x "$cib" -S; done | median)
		js=$(for i in $(seq "$runs"); do wall "$CRMJ" simulate -x "$cib" -S; done | median)
		sratio=$(echo "$ps / $js" | bc -l | awk '{printf "%.1fx faster", $1}')
	else
		ps="(skipped)" js="(skipped)" sratio="-"
	fi
	inproc=$(JAVA_TOOL_OPTIONS=-Dcrmj.scheduler.timing=true "$CRMJ" simulate -x "$cib" -R 2>&1 >/dev/null \
		| awk '/^scheduler:/ {t += $(NF-1)} END {printf "%.3f", t}')
	rratio=$(echo "$pr / $jr" | bc -l | awk '{ if ($1 >= 1) printf "%.1fx faster", $1; else printf "%.1fx slower", 1/$1 }')
	echo "| ${groups} groups x ${nodes} nodes | ${pr} s | ${jr} s | ${rratio} | ${ps} s | ${js} s | ${sratio} | ${inproc} s | ${same} |"
done
