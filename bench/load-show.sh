#!/bin/bash
# Load/show benchmark: crmsh 4.4.1 (/usr/sbin/crm) against crmj (./crm at the repo root).
#
# For each size N: `python3 ../shared/tools/gencfg.py N > big.crm` (N groups of 3
# primitives, N/10 promotable clones, 4 nodes, 3 constraints per group, and
# `property stonith-enabled=false no-quorum-policy=ignore`). Then, per tool, RUNS times:
#   a fresh copy of ../shared/reference/empty.xml as CIB_file,
#   one cold process   crm configure load update big.crm
#   another cold one   crm configure show > /dev/null
# each under /usr/bin/time -v (wall time, CPU time, peak RSS). Prints the median wall time of
# load and of show, the largest peak RSS, the median CPU time (user+sys, with the children waited
# for, e.g. crm_verify: steadier than wall time on a busy machine), and the crmsh/crmj ratios as
# markdown.
# Every load is checked: its exit status must be 0 and the CIB_file must then hold
# all 3N+N/10 primitives (i.e. the configuration was committed).
#
# usage: bench/load-show.sh [--runs K] [--sizes 100,1000] [--tool crmsh|crmj|both]
#                           [--crmsh-max N] [--keep] [N...]
#   --runs K        runs per tool and size (default 5)
#   --sizes LIST    comma-separated group counts (default 100,1000); bare N args add sizes
#   --tool T        crmsh, crmj or both (default both)
#   --crmsh-max N   skip crmsh for sizes above N (default 1000). On a 2-vCPU VM crmsh
#                   needs about 4 s per load at 100 groups but 3-6 minutes per load
#                   (+ 20-40 s per show) at 1000, so the default 5 runs at 1000 take
#                   20-35 minutes (bench/RESULTS.md): `--crmsh-max 100` keeps it short.
#   --keep          keep the work folder
# crmj is skipped, with a message, while ./crm does not exist. Before its timed runs, crmj runs once
# untimed (`./crm --version`), which builds the jar and the JVM start-up cache when they are missing
# or out of date, so that no timed run includes them.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
gencfg=$root/../shared/tools/gencfg.py
empty=$root/../shared/reference/empty.xml
CRMSH=/usr/sbin/crm
CRMJ=$root/crm
runs=5 sizes="" tool=both crmsh_max=1000 keep=0
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2;;
	--runs=*) runs=${1#*=}; shift;;
	--sizes) sizes=$2; shift 2;;
	--sizes=*) sizes=${1#*=}; shift;;
	--tool) tool=$2; shift 2;;
	--tool=*) tool=${1#*=}; shift;;
	--crmsh-max) crmsh_max=$2; shift 2;;
	--crmsh-max=*) crmsh_max=${1#*=}; shift;;
	--keep) keep=1; shift;;
	-h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
	[0-9]*) sizes=${sizes:+$sizes,}$1; shift;;
	*) echo "unknown argument: $1" >&2; exit 2;;
	esac
done
sizes=${sizes:-100,1000}
case "$tool" in crmsh|crmj|both) ;; *) echo "--tool must be crmsh, crmj or both" >&2; exit 2;; esac
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "--runs must be a positive number" >&2; exit 2; }
for f in "$gencfg" "$empty"; do [ -f "$f" ] || { echo "missing $f" >&2; exit 2; }; done
if [ ! -x /usr/bin/time ]; then
	echo "/usr/bin/time is missing: apt-get install -y time" >&2
	exit 2
fi

tools=()
if [ "$tool" != crmj ]; then
	if [ -x "$CRMSH" ]; then tools+=(crmsh); else echo "crmsh: $CRMSH not found, skipped" >&2; fi
fi
if [ "$tool" != crmsh ]; then
	if [ -x "$CRMJ" ]; then tools+=(crmj); else echo "crmj: ./crm does not exist (not built yet), skipped" >&2; fi
fi

work=$(mktemp -d /tmp/load-show.XXXXXX)
# crmsh reads no user settings but its defaults (a private, empty crm.conf)
: > "$work/crm.conf"
export CRM_CONFIG_FILE=$work/crm.conf

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { sort -g | tail -1; }
# wall seconds and max RSS (KiB) from a `time -v` report
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
cpu() { awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ {s += $2} END {printf "%.2f\n", s}' "$1"; }

declare -A LOAD SHOW RSS LCPU SCPU
ok=1
for t in "${tools[@]}"; do
	[ "$t" = crmj ] && "$CRMJ" --version > /dev/null
done
for n in ${sizes//,/ }; do
	python3 "$gencfg" "$n" > "$work/big-$n.crm"
	want=$(grep -c '^primitive ' "$work/big-$n.crm")
	for t in "${tools[@]}"; do
		if [ "$t" = crmsh ] && [ "$n" -gt "$crmsh_max" ]; then
			echo "crmsh: skipped at $n groups (--crmsh-max $crmsh_max)" >&2
			continue
		fi
		bin=$CRMSH; [ "$t" = crmj ] && bin=$CRMJ
		cp "$work/big-$n.crm" "$work/big.crm"
		: > "$work/load.$t.$n"; : > "$work/show.$t.$n"; : > "$work/rss.$t.$n"
		: > "$work/lcpu.$t.$n"; : > "$work/scpu.$t.$n"
		for r in $(seq 1 "$runs"); do
			d=$work/$t-$n-$r
			mkdir -p "$d"
			cp "$empty" "$d/cib.xml"
			(cd "$work" && CIB_file=$d/cib.xml /usr/bin/time -v -o "$d/load.time" \
				"$bin" configure load update big.crm > "$d/load.log" 2>&1)
			rc=$?
			got=$(grep -c '<primitive ' "$d/cib.xml")
			if [ $rc -ne 0 ] || [ "$got" -ne "$want" ]; then
				echo "$t $n run $r: load failed (exit $rc, $got of $want primitives in the CIB); see $d/load.log" >&2
				ok=0
			fi
			(cd "$work" && CIB_file=$d/cib.xml /usr/bin/time -v -o "$d/show.time" \
				"$bin" configure show > /dev/null 2> "$d/show.log")
			rc=$?
			[ $rc -ne 0 ] && { echo "$t $n run $r: show failed (exit $rc); see $d/show.log" >&2; ok=0; }
			wall "$d/load.time" >> "$work/load.$t.$n"
			wall "$d/show.time" >> "$work/show.$t.$n"
			rss "$d/load.time" >> "$work/rss.$t.$n"
			rss "$d/show.time" >> "$work/rss.$t.$n"
			cpu "$d/load.time" >> "$work/lcpu.$t.$n"
			cpu "$d/show.time" >> "$work/scpu.$t.$n"
			echo "$t N=$n run $r: load $(tail -1 "$work/load.$t.$n") s, show $(tail -1 "$work/show.$t.$n") s" \
				"(CPU $(tail -1 "$work/lcpu.$t.$n") s, $(tail -1 "$work/scpu.$t.$n") s; load average $(cut -d' ' -f1 /proc/loadavg))" >&2
		done
		LOAD[$t.$n]=$(median < "$work/load.$t.$n")
		SHOW[$t.$n]=$(median < "$work/show.$t.$n")
		RSS[$t.$n]=$(maxof < "$work/rss.$t.$n")
		LCPU[$t.$n]=$(median < "$work/lcpu.$t.$n")
		SCPU[$t.$n]=$(median < "$work/scpu.$t.$n")
	done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
echo
echo "| groups | tool | load median (s) | show median (s) | peak RSS max (MiB) | runs | load CPU median (s) | show CPU median (s) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for n in ${sizes//,/ }; do
	for t in "${tools[@]}"; do
		[ -n "${LOAD[$t.$n]:-}" ] || continue
		printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$t" "${LOAD[$t.$n]}" "${SHOW[$t.$n]}" \
			"$(awk -v k="${RSS[$t.$n]}" 'BEGIN {printf "%.0f", k/1024}')" "$runs" "${LCPU[$t.$n]}" "${SCPU[$t.$n]}"
	done
done
rows=""
for n in ${sizes//,/ }; do
	[ -n "${LOAD[crmsh.$n]:-}" ] && [ -n "${LOAD[crmj.$n]:-}" ] || continue
	rows+=$(printf '| %s | %s | %s | %s |' "$n" "$(ratio "${LOAD[crmsh.$n]}" "${LOAD[crmj.$n]}")" \
		"$(ratio "${SHOW[crmsh.$n]}" "${SHOW[crmj.$n]}")" "$(ratio "${RSS[crmsh.$n]}" "${RSS[crmj.$n]}")")$'\n'
done
if [ -n "$rows" ]; then
	echo
	echo "| groups | load crmsh/crmj | show crmsh/crmj | peak RSS crmsh/crmj |"
	echo "|---:|---:|---:|---:|"
	printf '%s' "$rows"
fi
if [ $keep = 1 ]; then echo "work folder: $work" >&2; else rm -rf "$work"; fi
[ $ok = 1 ]
