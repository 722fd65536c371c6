#!/bin/bash
# Start-up benchmark: `crm configure show` of the small seed CIB, crmsh 4.4.1 (/usr/sbin/crm) against
# crmj (./crm), each a cold process:
#   CIB_file=../shared/reference/seed-cib.xml crm configure show > /dev/null
# crmsh runs with its defaults (a private, empty crm.conf). Both outputs are checked to be identical
# first. Then both commands run RUNS times, interleaved (crmsh, crmj, crmsh, ...) by bench/compare.py
# so that load from other processes hits both alike, after one untimed warm-up run each (which also
# builds crmj and its start-up cache when needed). Prints wall min/median and CPU median per tool and
# the crmsh/crmj ratio of the medians. With --hyperfine, hyperfine (apt-get install hyperfine) runs
# them instead, one tool after the other, and its medians are used.
#
# usage: bench/seed-show.sh [--runs N] [--hyperfine]
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
runs=10 hf=0
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2;;
	--runs=*) runs=${1#*=}; shift;;
	--hyperfine) hf=1; shift;;
	-h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
	*) echo "unknown argument: $1" >&2; exit 2;;
	esac
done
seed=$root/../shared/reference/seed-cib.xml
[ -f "$seed" ] || { echo "missing $seed" >&2; exit 2; }
[ -x /usr/sbin/crm ] || { echo "crmsh (/usr/sbin/crm) is not installed" >&2; exit 2; }
work=$(mktemp -d /tmp/seed-show.XXXXXX)
trap 'rm -rf "$work"' EXIT
: > "$work/crm.conf"
export CRM_CONFIG_FILE=$work/crm.conf CIB_file=$seed

/usr/sbin/crm configure show > "$work/crmsh.out" 2> /dev/null
"$root/crm" configure show > "$work/crmj.out" 2> "$work/crmj.err"
if ! cmp -s "$work/crmsh.out" "$work/crmj.out"; then
	echo "the outputs differ:" >&2
	diff "$work/crmsh.out" "$work/crmj.out" >&2
	exit 1
fi

crmsh="/usr/sbin/crm configure show"
crmj="$root/crm configure show"
if [ $hf = 1 ]; then
	command -v hyperfine > /dev/null || { echo "hyperfine is not installed" >&2; exit 2; }
	hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" -n crmsh "$crmsh" -n crmj "$crmj" \
		> /dev/null 2>&1 || { echo "hyperfine failed" >&2; exit 1; }
	python3 - "$work/h.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("| tool | wall min (s) | wall median (s) | user+sys mean (s) | runs |")
print("|---|---:|---:|---:|---:|")
for name in ("crmsh", "crmj"):
    x = r[name]
    print(f"| {name} | {x['min']:.3f} | {x['median']:.3f} | {x['user'] + x['system']:.3f} | {len(x['times'])} |")
print()
print(f"crmsh/crmj (medians): {r['crmsh']['median'] / r['crmj']['median']:.1f}")
EOF
else
	bench/compare.py -r "$runs" -w 1 "$crmsh" "$crmj" | tee "$work/table"
	echo
	awk -F'|' 'NR > 2 {gsub(/ /, "", $4); m[NR] = $4} END {printf "crmsh/crmj (medians): %.1f\n", m[3] / m[4]}' "$work/table"
fi
