#!/bin/sh
# Regenerates crm-mon-1.txt: what the real crm_mon (Pacemaker 2.1.5) prints for each case of the
# scheduler corpus, with CIB_file pointing at the case's CIB. The "Last updated" line is masked; the
# generation time is recorded (times are shown in UTC) because crm_mon evaluates failure timeouts and rules at the current time.
# Usage (from this directory): ./regen-crm-mon.sh [../../../../../shared/pacemaker-cts]
set -eu
export TZ=UTC
cts=${1:-../../../../../shared/pacemaker-cts}
out=crm-mon-1.txt
now=$(date +%s)
{
    echo "# CIB_file=CASE.xml crm_mon -1 for each case of pacemaker-cts/cases.tsv (regen-crm-mon.sh)"
    echo "# generated-at $now"
    cut -f1 "$cts/cases.tsv" | grep -v '^case$' | while read -r c; do
        echo "=== $c"
        CIB_file="$cts/xml/$c.xml" crm_mon -1 2>/dev/null | sed -e 's/^  \* Last updated: .*$/  * Last updated: X/'
    done
} > "$out"
