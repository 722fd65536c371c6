#!/usr/bin/env bash
# Checks that the show sections of ShowApprovalTest's approved files are what the real crmsh 4.4.1
# prints (so the approved files hold crmsh's truth, not crmj's), and that known-divergences.crmsh.show
# is crmsh's current output. Needs /usr/sbin/crm and /work/shared/reference/empty.xml; takes a minute.
# Usage: check-with-crmsh.sh [FAMILY...]
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
approved="$here/../../java/crmj/cib/text"
families=("$@")
if [[ ${#families[@]} -eq 0 ]]; then
  for f in "$here"/*.crm; do
    name=$(basename "$f" .crm)
    [[ "$name" == known-divergences ]] || families+=("$name")
  done
fi
status=0
for family in "${families[@]}"; do
  # keep the "#@" case lines and the show sections of the approved file
  expected=$(awk '/^#@ /{print; next} /^# ---- input/{show=0; next} /^# ---- crm configure show/{show=1; next} show' \
    "$approved/ShowApprovalTest.$family.approved.crm")
  actual=$("$here/crmsh-show.sh" "$here/$family.crm")
  if [[ "$expected" == "$actual" ]]; then
    echo "ok    $family"
  else
    echo "DIFF  $family (< approved, > crmsh)"
    diff <(echo "$expected") <(echo "$actual")
    status=1
  fi
done
if [[ $# -eq 0 ]]; then
  if diff <("$here/crmsh-show.sh" "$here/known-divergences.crm" 2>/dev/null) "$here/known-divergences.crmsh.show"; then
    echo "ok    known-divergences.crmsh.show"
  else
    echo "DIFF  known-divergences.crmsh.show (< crmsh now, > file)"
    status=1
  fi
fi
exit $status
