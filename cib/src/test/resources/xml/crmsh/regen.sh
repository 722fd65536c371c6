#!/bin/sh
# Regenerates the crmsh-made CIBs (NAME.xml from NAME.crm) and the `show xml` samples with the real
# crmsh 4.4.1 (Debian bookworm: apt-get install crmsh pacemaker-cli-utils resource-agents).
set -e
cd "$(dirname "$0")"
for script in *.crm; do
    name=${script%.crm}
    cp ../empty.xml "$name.xml"
    if [ "$name" = comments ]; then
        CIB_file="$PWD/$name.xml" /usr/sbin/crm configure load update "$script" >/dev/null 2>&1 || true
    else
        CIB_file="$PWD/$name.xml" /usr/sbin/crm configure < "$script" >/dev/null 2>&1 || true
    fi
done
while read -r cib ids; do
    out="show/$cib-$(echo "$ids" | tr ' ' '+').txt"
    CIB_file="$PWD/$cib.xml" /usr/sbin/crm configure show xml $ids > "$out" 2>/dev/null
done < show/cases.txt
