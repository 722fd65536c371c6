#!/usr/bin/env bash
# Runs each case of a show-approval script through the real crmsh 4.4.1 and prints what
# `crm configure show` prints afterwards, case by case ("#@ NAME" lines separate cases).
# crmsh's messages go to stderr. Usage: crmsh-show.sh FILE.crm
set -euo pipefail
file=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v dir="$work" '
  /^#@ / { n++; name = substr($0, 4); print name > (dir "/" n ".name"); next }
  { if (n == 0) { n = 1; print "" > (dir "/1.name") } print > (dir "/" n ".crm") }
' "$file"
for crm in $(ls "$work"/*.crm | sort -V); do
  n=$(basename "$crm" .crm)
  name=$(cat "$work/$n.name")
  [[ -n "$name" ]] && echo "#@ $name"
  cp /work/shared/reference/empty.xml "$work/cib.xml"
  if ! CIB_file="$work/cib.xml" timeout 120 /usr/sbin/crm configure < "$crm" > "$work/out" 2> "$work/err"; then
    echo "crmsh: $file case '$name' failed:" >&2
    sed 's/\x1b\[[0-9;]*m//g' "$work/err" "$work/out" | grep -v 'Blind faith\|lack of quorum' >&2 || true
  fi
  CIB_file="$work/cib.xml" /usr/sbin/crm configure show
done
