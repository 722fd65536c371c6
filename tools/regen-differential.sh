#!/usr/bin/env bash
# Regenerate the differential corpus expectations with the real crmsh.
#
# For every cib/src/test/resources/differential/NNN-name.crm:
#   - copies empty.xml (the `cibadmin --empty` CIB) to a temp file,
#   - runs `CIB_file=<tmp> crm configure < NNN-name.crm`,
#   - writes NNN-name.show    (stdout of `crm configure show` afterwards),
#            NNN-name.cib.xml (the resulting CIB file),
#            NNN-name.stderr  (crmsh stderr of the script run, ANSI colours stripped; only when non-empty),
#            NNN-name.stdout  (crmsh stdout of the script run -- INFO:/WARNING: lines go there; only when non-empty),
#   - checks that crmsh exited 0 and that `crm_verify -x` accepts the result.
# For every differential/bad/NNN-name.crm:
#   - writes NNN-name.crmsh.txt (exit code, whether anything was committed, stdout, stderr, resulting show).
#
# Usage: tools/regen-differential.sh [--good-only|--bad-only] [NAME-GLOB]
#   e.g. tools/regen-differential.sh '04*'
# Exits non-zero if crmsh/crm_verify are missing or any good case fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$here/cib/src/test/resources/differential"
empty="$dir/empty.xml"

mode=all
case "${1:-}" in
  --good-only) mode=good; shift ;;
  --bad-only) mode=bad; shift ;;
esac
glob="${1:-*}"

CRM="${CRM:-$(command -v crm || true)}"
[ -z "$CRM" ] && [ -x /usr/sbin/crm ] && CRM=/usr/sbin/crm
CRM_VERIFY="${CRM_VERIFY:-$(command -v crm_verify || true)}"
[ -z "$CRM_VERIFY" ] && [ -x /usr/sbin/crm_verify ] && CRM_VERIFY=/usr/sbin/crm_verify
if [ -z "$CRM" ] || [ ! -x "$CRM" ]; then
  echo "regen-differential: crmsh (crm) not found; install crmsh 4.4.1" >&2
  exit 2
fi
if [ -z "$CRM_VERIFY" ] || [ ! -x "$CRM_VERIFY" ]; then
  echo "regen-differential: crm_verify not found; install pacemaker-cli-utils" >&2
  exit 2
fi
[ -f "$empty" ] || { echo "regen-differential: missing $empty" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/regen-differential.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT INT TERM

# Isolate crmsh from the invoking user's ~/.config/crm and history; no colours.
export HOME="$work/home"
mkdir -p "$HOME"
export LC_ALL=C.UTF-8
export TERM=dumb
unset CIB_shadow || true

strip_ansi() { sed -e 's/\x1b\[[0-9;]*m//g'; }

failures=0

run_good() {
  local crm="$1" base name cib out err show rc
  base="${crm%.crm}"
  name="$(basename "$base")"
  cib="$work/$name.xml"; out="$work/$name.out"; err="$work/$name.err"; show="$work/$name.show"
  cp "$empty" "$cib"
  rc=0
  CIB_file="$cib" "$CRM" configure < "$crm" > "$out" 2> "$err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "FAIL $name: crmsh exit $rc" >&2
    strip_ansi < "$err" | sed 's/^/    /' >&2
    failures=$((failures + 1))
    return 0
  fi
  if ! CIB_file="$cib" "$CRM" configure show > "$show" 2> "$work/$name.showerr"; then
    echo "FAIL $name: crm configure show failed" >&2
    failures=$((failures + 1))
    return 0
  fi
  if ! "$CRM_VERIFY" -x "$cib" > "$work/$name.verify" 2>&1; then
    echo "FAIL $name: crm_verify -x rejected the result" >&2
    sed 's/^/    /' "$work/$name.verify" >&2
    failures=$((failures + 1))
    return 0
  fi
  cp "$show" "$base.show"
  cp "$cib" "$base.cib.xml"
  # crmsh prints ERROR messages on stderr but INFO/WARNING messages on stdout
  # (when not attached to a terminal); keep both, each only when non-empty.
  local stream
  for stream in stderr stdout; do
    if [ "$stream" = stderr ]; then strip_ansi < "$err"; else strip_ansi < "$out"; fi > "$work/$name.$stream"
    if [ -s "$work/$name.$stream" ]; then
      cp "$work/$name.$stream" "$base.$stream"
    else
      rm -f "$base.$stream"
    fi
  done
  echo "ok   $name"
}

run_bad() {
  local crm="$1" base name cib out err rc committed
  base="${crm%.crm}"
  name="$(basename "$base")"
  cib="$work/bad-$name.xml"; out="$work/bad-$name.out"; err="$work/bad-$name.err"
  cp "$empty" "$cib"
  rc=0
  CIB_file="$cib" "$CRM" configure < "$crm" > "$out" 2> "$err" || rc=$?
  if cmp -s "$empty" "$cib"; then committed=no; else committed=yes; fi
  local vrc=0
  "$CRM_VERIFY" -x "$cib" > "$work/bad-$name.verify" 2>&1 || vrc=$?
  {
    echo "# command: CIB_file=<copy of empty.xml> crm configure < $name.crm"
    echo "# exit code: $rc"
    echo "# committed anything: $committed"
    echo "# crm_verify -x on the resulting CIB: exit $vrc"
    echo "# --- stdout ---"
    strip_ansi < "$out"
    echo "# --- stderr ---"
    strip_ansi < "$err"
    if [ "$committed" = yes ]; then
      echo "# --- crm configure show afterwards ---"
      CIB_file="$cib" "$CRM" configure show 2>&1 | strip_ansi || true
    fi
  } > "$base.crmsh.txt"
  echo "bad  $name: exit $rc, committed=$committed"
}

shopt -s nullglob
if [ "$mode" != bad ]; then
  for f in "$dir"/$glob.crm; do run_good "$f"; done
fi
if [ "$mode" != good ]; then
  for f in "$dir"/bad/$glob.crm; do run_bad "$f"; done
fi

if [ "$failures" -ne 0 ]; then
  echo "regen-differential: $failures good case(s) failed" >&2
  exit 1
fi
