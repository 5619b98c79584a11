#!/usr/bin/env bash
# What CI and a new user see: clones this repository's committed HEAD into a temporary folder (with ../shared
# beside it) and runs `CI=true bash .ci/run` there with an EMPTY home folder, in a private mount namespace, so
# that no ~/.m2, no Maven zip, no ~/.glossa, ~/.swt or ~/.cache from earlier runs can hide a missing step.
# Java takes the home folder from the user database, not from $HOME, so the empty folder is mounted over the
# passwd home itself. Needs root (for unshare and mount) and the network (Maven Central, Debian's apt).
#
#   releng/scripts/fresh-machine-check.sh [--keep]     --keep leaves the temporary folder for inspection
# Prints the last lines of the CI log, the exit code, the time taken and what the empty home downloaded.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
keep=0
[ "${1:-}" = --keep ] && keep=1

if [ "$(id -u)" != 0 ]; then
  exec sudo -n "$0" "$@" 2>/dev/null || {
    echo "fresh-machine-check: needs root for unshare -m and mount --bind (run it with sudo)" >&2
    exit 1
  }
fi
command -v unshare >/dev/null || { echo "fresh-machine-check: unshare (util-linux) is missing" >&2; exit 1; }

work=$(mktemp -d /tmp/glossa-fresh.XXXXXX)
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/main"
if [ -d "$root/../shared" ]; then
  cp -a "$root/../shared" "$work/shared"
fi
mkdir "$work/home"
home=$(getent passwd "$(id -un)" | cut -d: -f6)
echo "fresh-machine-check: $(git -C "$work/main" log -1 --format='%h %s' | cut -c1-100)"
echo "fresh-machine-check: clone in $work/main, empty home mounted over $home"

start=$SECONDS
set +e
unshare -m bash -c '
  set -e
  mount --make-rprivate /
  mount --bind "$1" "$2"
  export HOME="$2"
  cd "$3"
  [ -z "$(ls -A "$HOME")" ] || { echo "fresh-machine-check: the home is not empty" >&2; exit 1; }
  CI=true bash .ci/run >"$4" 2>&1
  status=$?
  du -sh "$HOME/.m2" 2>/dev/null | cut -f1 >"$5" || true
  exit $status
' fresh "$work/home" "$home" "$work/main" "$work/ci.log" "$work/m2-size"
status=$?
set -e
elapsed=$((SECONDS - start))

tail -n 25 "$work/ci.log"
echo "fresh-machine-check: .ci/run exited $status after $((elapsed / 60)) min $((elapsed % 60)) s"
echo "fresh-machine-check: ~/.m2 of the empty home after the run: $(cat "$work/m2-size" 2>/dev/null || echo none)"
grep -hE '^Tests run: [0-9]+, Failures' "$work"/main/tests/*/target/surefire-reports/*.txt 2>/dev/null \
  | awk -F'[ ,]+' '{run += $3; failed += $5 + $7; skipped += $9} END {printf "fresh-machine-check: %d tests, %d failed, %d skipped\n", run, failed, skipped}'
[ "$keep" = 1 ] && echo "fresh-machine-check: kept $work"
exit "$status"
