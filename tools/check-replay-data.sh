#!/bin/bash
# Validate cib/src/test/resources/crmsh-replay against the real crmsh 4.4.1.
#
# For each case X.in: a fresh copy of ../shared/reference/empty.xml as CIB_file,
#   crm [-o OPT...] configure < X.in          (one cold process; commits at EOF)
#   crm [-o OPT...] configure show [ARGS]     (another one; `show xml` for X.exp.xml)
# with the working directory set to the case's folder (bugs/02 loads bugs-test.txt)
# and the crm options crmsh's runner sets up (check-frequency on-verify,
# check-mode relaxed) in a private crm.conf (CRM_CONFIG_FILE), so the user's own
# crmsh settings are neither used nor changed.
# The output goes through the runner's filters (testcases/common.filter,
# common.excl, the `<cib ...>` -> `<cib>` rewrite; for XML also filter_cib) and is
# compared as the runner compares: `diff --ignore-all-space` for text,
# `crm_diff -o EXP -n OUT` for XML. Byte-exact text matches are counted too.
#
# usage: tools/check-replay-data.sh [-v] [-k] [CRM] [CASE.in...]
#   -v  print the diff of every case that does not match
#   -k  keep the work folder (printed at the end)
#   CRM defaults to /usr/sbin/crm; a path to a crm-compatible tool (e.g. ./crm) may be given
# exit 0 when every case matches, 1 otherwise.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
data=$here/cib/src/test/resources/crmsh-replay
tc=$here/../shared/crmsh-tests/testcases
empty=$here/../shared/reference/empty.xml
verbose=0 keep=0
while [ $# -gt 0 ]; do
	case "$1" in
	-v) verbose=1; shift;;
	-k) keep=1; shift;;
	*) break;;
	esac
done
CRM=/usr/sbin/crm
if [ $# -gt 0 ] && [ "${1%.in}" = "$1" ]; then CRM=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift; fi
if [ $# -gt 0 ]; then cases=("$@"); else mapfile -t cases < <(cd "$data" && ls */*.in | sort); fi
[ -x "$CRM" ] || { echo "no crm at $CRM" >&2; exit 2; }
for f in "$empty" "$tc/common.filter" "$tc/common.excl"; do
	[ -f "$f" ] || { echo "missing $f" >&2; exit 2; }
done

work=$(mktemp -d /tmp/check-replay.XXXXXX)
printf '[core]\ncheck_frequency = on-verify\ncheck_mode = relaxed\n' > "$work/crm.conf"
export CRM_CONFIG_FILE=$work/crm.conf

# the runner's filter_output + the perl rewrite of the cib tag (regression.sh)
runner_filter() {
	awk -f "$tc/common.filter" | grep -E -v -f "$tc/common.excl" | perl -pe 's/\<cib[^>]*\>/\<cib\>/g'
}
# crm-interface: filter_cib = keep <?xml..</cib>, fix cib-last-written and epoch
filter_cib() {
	sed -n '/^<?xml/,/^<\/cib>/p' |
		sed '/^<cib /s/cib-last-written=".*"/cib-last-written="Sun Apr 12 21:37:48 2009"/' |
		sed '/^<cib /s/ epoch="[0-9]*"/ epoch="1"/'
}

total=0 ok=0 exact=0
failed=()
for c in "${cases[@]}"; do
	c=${c#"$data"/}
	base=${c%.in}
	dir=$data/$(dirname "$c")
	name=$(basename "$base")
	total=$((total + 1))
	w=$work/${base//\//_}
	mkdir -p "$w"
	cp "$empty" "$w/cib.xml"
	opts=()
	if [ -f "$data/$base.opts" ]; then
		while read -r o; do [ -n "$o" ] && opts+=(-o "$o"); done < "$data/$base.opts"
	fi
	args=()
	[ -f "$data/$base.args" ] && read -r -a args < "$data/$base.args"
	(cd "$dir" && CIB_file=$w/cib.xml "$CRM" "${opts[@]}" configure < "$data/$c") > "$w/load.out" 2>&1
	if [ -f "$data/$base.exp.xml" ]; then
		(cd "$dir" && CIB_file=$w/cib.xml "$CRM" "${opts[@]}" configure show xml) 2> "$w/show.err" |
			filter_cib | runner_filter > "$w/show.out"
		if crm_diff -o "$data/$base.exp.xml" -n "$w/show.out" > "$w/diff" 2>&1; then
			ok=$((ok + 1)); res=ok-xml
		else
			res=FAIL; failed+=("$c")
		fi
	else
		(cd "$dir" && CIB_file=$w/cib.xml "$CRM" "${opts[@]}" configure show "${args[@]}") 2> "$w/show.err" |
			runner_filter > "$w/show.out"
		if cmp -s "$data/$base.exp" "$w/show.out"; then
			ok=$((ok + 1)); exact=$((exact + 1)); res=ok-exact
		elif diff --ignore-all-space -U 1 "$data/$base.exp" "$w/show.out" > "$w/diff"; then
			ok=$((ok + 1)); res=ok-ws
		else
			diff --ignore-all-space -U 1 "$data/$base.exp" "$w/show.out" > "$w/diff"
			res=FAIL; failed+=("$c")
		fi
	fi
	printf '%-8s %s\n' "$res" "$c"
	if [ "$res" = FAIL ] && [ $verbose = 1 ]; then
		sed 's/^/    /' "$w/diff"
	fi
done
echo "matched $ok of $total cases ($exact byte-exact text, the rest equal modulo white space or as XML)"
if [ ${#failed[@]} -gt 0 ]; then
	echo "not matching: ${failed[*]}"
fi
if [ $keep = 1 ]; then echo "work folder: $work"; else rm -rf "$work"; fi
[ $ok = $total ]
