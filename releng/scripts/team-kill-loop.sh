#!/usr/bin/env bash
# team-kill-loop.sh [CYCLES]  (default 50)
#
# Crash safety of `glossa team sync`, checked by killing it. A team project is shared to a bare repository on disk;
# two annotators (alice, bob) clone it. Each cycle, both save one new span (a brat import into their own set), bob
# syncs, and alice's sync (which must merge bob's work and push) is started and killed with SIGKILL at a random
# moment of its run. Then alice's working copy must open (`glossa list`), a sync must complete, and every working
# copy must hold every span saved so far, alice's and bob's; a fresh clone at the end must too. Prints one line per
# cycle and a summary; exit code 0 when every cycle kept everything.
#
# GLOSSA_PRODUCT: the product folder holding the glossa start script (default: this checkout's build).
# KILL_LOOP_SECONDS: stop starting new cycles after this many seconds (default: no limit).
# KILL_LOOP_KEEP=1 keeps the work folder.
set -euo pipefail
cycles="${1:-50}"
budget="${KILL_LOOP_SECONDS:-0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="${GLOSSA_PRODUCT:-$root/releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa}"
[ -x "$product/glossa" ] || { echo "team-kill-loop: no product at $product (build it: ./glossa --help)" >&2; exit 1; }

documents=10
lines=1000
work="$(mktemp -d "${TMPDIR:-/tmp}/glossa-team-kill-loop.XXXXXX")"
[ "${KILL_LOOP_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
# A private copy of the product: a rebuild meanwhile (mvn clean) must not pull it away mid-loop.
cp -r "$product" "$work/product"
glossa="$work/product/glossa"

# Documents d0..d9: 1,000 lines of 17 characters ("D3Name0042 said.\n"), so that word j is at 17*j..17*j+10.
mkdir -p "$work/corpus"
for ((d = 0; d < documents; d++)); do
  awk -v n="$lines" -v d="$d" 'BEGIN { for (j = 0; j < n; j++) printf "D%dName%04d said.\n", d, j }' >"$work/corpus/d$d.txt"
done
"$glossa" init "$work/curator" --name "team kill loop" >/dev/null
"$glossa" import "$work/curator" "$work/corpus" >/dev/null
"$glossa" team share "$work/curator" "$work/server/team.git" --curator cora >/dev/null
"$glossa" team clone "$work/server/team.git" "$work/alice" --annotator alice >/dev/null
"$glossa" team clone "$work/server/team.git" "$work/bob" --annotator bob >/dev/null

# annotate NAME WORD: one new span of NAME on word WORD of document d(WORD % 10), through a brat import.
annotate() {
  local name="$1" word="$2" d=$(($2 % documents)) dir="$work/brat-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$work/corpus/d$d.txt" "$dir/"
  printf 'T1\tPER %d %d\tD%dName%04d\n' $((17 * word)) $((17 * word + 10)) "$d" "$word" >"$dir/d$d.ann"
  "$glossa" annotations import "$work/$name" --annotator "$name" --format brat "$dir" >/dev/null
}

# spans COPY NAME: how many spans NAME's files hold in a working copy.
spans() {
  (find "$1/annotations" -name "$2.xmi" -print0 | xargs -0 -r cat) | grep -o "<spans " | wc -l || true
}

ms() { local t="${EPOCHREALTIME/./}"; echo $((10#$t / 1000)); }
# Calibration (not killed): how long alice's sync runs when it has bob's work to merge.
annotate bob 500
"$glossa" team sync "$work/bob" >/dev/null
annotate alice 0
start=$(ms)
"$glossa" team sync "$work/alice" >"$work/sync.log" 2>&1 || { echo "team-kill-loop: the calibration sync failed: $(cat "$work/sync.log")" >&2; exit 1; }
max_delay_ms=$(($(ms) - start + 1))
echo "calibration: a sync that merges and pushes takes $max_delay_ms ms"
saved_alice=1; saved_bob=1
bad=0; done_cycles=0; killed=0; finished=0; recovered=0
started=$SECONDS
for ((k = 1; k <= cycles; k++)); do
  if [ "$budget" -gt 0 ] && [ $((SECONDS - started)) -ge "$budget" ]; then
    break
  fi
  annotate alice "$k" && saved_alice=$((saved_alice + 1))
  annotate bob $((500 + k)) && saved_bob=$((saved_bob + 1))
  "$glossa" team sync "$work/bob" >"$work/bob.log" 2>&1 || { echo "cycle $k: bob's sync failed: $(cat "$work/bob.log")"; bad=$((bad + 1)); continue; }

  "$glossa" team sync "$work/alice" >"$work/sync.log" 2>&1 &
  pid=$!
  delay=$(((RANDOM * 32768 + RANDOM) % max_delay_ms))
  sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
  if [ "$status" = 137 ]; then killed=$((killed + 1)); else finished=$((finished + 1)); fi

  verdict=ok
  "$glossa" list "$work/alice" >/dev/null 2>"$work/list.err" || verdict="DOES NOT OPEN: $(head -n 2 "$work/list.err")"
  if ! "$glossa" team sync "$work/alice" >"$work/resync.log" 2>&1; then
    verdict="SYNC FAILS: $(head -n 3 "$work/resync.log")"
  fi
  grep -q "stale git lock" "$work/resync.log" && recovered=$((recovered + 1))
  "$glossa" team sync "$work/bob" >/dev/null 2>&1 || verdict="BOB'S SYNC FAILS"
  for copy in alice bob; do
    a=$(spans "$work/$copy" alice); b=$(spans "$work/$copy" bob)
    if [ "$a $b" != "$saved_alice $saved_bob" ]; then
      verdict="$copy holds $a of alice's $saved_alice spans and $b of bob's $saved_bob"
    fi
  done
  [ "$verdict" = ok ] || bad=$((bad + 1))
  echo "cycle $k: kill -9 at $delay ms (exit $status): $verdict"
  done_cycles=$k
done

"$glossa" team clone "$work/server/team.git" "$work/fresh" --curator fresh >/dev/null
a=$(spans "$work/fresh" alice); b=$(spans "$work/fresh" bob)
if [ "$a $b" != "$saved_alice $saved_bob" ]; then
  echo "a fresh clone holds $a of alice's $saved_alice spans and $b of bob's $saved_bob"
  bad=$((bad + 1))
fi
echo "team-kill-loop: $done_cycles cycles in $((SECONDS - started)) s: $killed killed, $finished finished before the kill, $recovered stale git locks removed; $bad lost or broken; $saved_alice + $saved_bob spans saved, all in every copy: $([ "$bad" = 0 ] && echo yes || echo no)"
[ "$bad" = 0 ]
