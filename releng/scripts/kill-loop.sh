#!/usr/bin/env bash
# kill-loop.sh [CYCLES]  (default 100)
#
# Crash safety of a real import, checked by killing it: each cycle starts `glossa annotations import` of 100
# new documents with 10 spans each (brat, for annotator cN, documents cN-d0..cN-d99), waits until the import
# writes its first save file (.glossa/journal appears), sleeps a random moment and kills it with SIGKILL. A
# writer then opens the project (re-importing an article already present changes nothing but recovers), and
# the cycle's import must be either all there (100 documents, texts and sets, 1,000 spans) or not at all,
# with no orphaned text and no .glossa-tmp or journal leftovers. Prints one line per cycle and a summary;
# exit code 0 when every cycle was all-or-nothing.
#
# GLOSSA_PRODUCT: the product folder holding the glossa start script (default: this checkout's build).
# KILL_LOOP_SECONDS: stop starting new cycles after this many seconds (default: no limit).
# KILL_LOOP_KEEP=1 keeps the work folder.
set -euo pipefail
cycles="${1:-100}"
budget="${KILL_LOOP_SECONDS:-0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="${GLOSSA_PRODUCT:-$root/releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa}"
[ -x "$product/glossa" ] || { echo "kill-loop: no product at $product (build it: ./glossa --help)" >&2; exit 1; }

documents=100
spans=10
work="$(mktemp -d "${TMPDIR:-/tmp}/glossa-kill-loop.XXXXXX")"
[ "${KILL_LOOP_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
project="$work/project"
# A private copy of the product: a rebuild meanwhile (mvn clean) must not pull it away mid-loop.
cp -r "$product" "$work/product"
glossa="$work/product/glossa"

# 100 brat documents for cycle $1: texts unique to the cycle (documents are matched by text as well as id).
corpus() {
  local cycle="$1" dir="$work/corpus-$1"
  mkdir -p "$dir"
  awk -v c="$cycle" -v n="$documents" -v s="$spans" -v dir="$dir" 'BEGIN {
    for (d = 0; d < n; d++) {
      text = ""; ann = ""
      for (j = 0; j < s; j++) {
        name = "Person" c "x" d "x" j
        ann = ann "T" (j + 1) "\tPER " length(text) " " (length(text) + length(name)) "\t" name "\n"
        text = text name " met officials in Town" j " on day " d " of cycle " c ".\n"
      }
      printf "%s", text > (dir "/c" c "-d" d ".txt")
      printf "%s", ann > (dir "/c" c "-d" d ".ann")
    }
  }'
  echo "$dir"
}

# Prints "documents texts sets spans" of cycle $1 as the project holds them.
counts() {
  local c="$1" docs texts sets spancount
  docs=$(grep -o "<documents [^>]*id=\"c$c-d[0-9]*\"" "$project/project.xmi" | wc -l || true)
  texts=$(find "$project/texts" -name "c$c-d*.txt" | wc -l)
  sets=$(find "$project/annotations" -path "*/c$c-d*/c$c.xmi" | wc -l)
  spancount=$( (find "$project/annotations" -path "*/c$c-d*/c$c.xmi" -print0 | xargs -0 -r cat) | grep -o "<spans " | wc -l || true)
  echo "$docs $texts $sets $spancount"
}

leftovers() {
  find "$project" \( -name '*.glossa-tmp' -o -path "$project/.glossa/journal/*" \) -print
}

"$glossa" init "$project" --name "kill loop" >/dev/null
printf 'An anchor article, imported once: re-importing it later changes nothing, so it opens the project as a writer.\n' >"$work/anchor.txt"
"$glossa" import "$project" "$work/anchor.txt" >/dev/null

journal="$project/.glossa/journal"
ms() { local t="${EPOCHREALTIME/./}"; echo $((10#$t / 1000)); }
# Calibration (cycle 0, not killed): how long the save runs from its first write to the process's end; the
# kills fall at random moments within that span.
dir="$(corpus 0)"
"$glossa" annotations import "$project" --annotator c0 --format brat "$dir" >"$work/import.log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! compgen -G "$journal/*" >/dev/null; do sleep 0.002; done
first_write=$(ms)
wait "$pid" || { echo "kill-loop: the calibration import failed: $(cat "$work/import.log")" >&2; exit 1; }
max_delay_ms=$(($(ms) - first_write + 1))
echo "calibration: an import of $documents documents with $((documents * spans)) spans ends $max_delay_ms ms after its first write"
rolled_back=0; completed=0; finished=0; bad=0; done_cycles=0
started=$SECONDS
for ((k = 1; k <= cycles; k++)); do
  if [ "$budget" -gt 0 ] && [ $((SECONDS - started)) -ge "$budget" ]; then
    break
  fi
  dir="$(corpus "$k")"
  "$glossa" annotations import "$project" --annotator "c$k" --format brat "$dir" >"$work/import.log" 2>&1 &
  pid=$!
  # The first write of the save: the journal folder gets an entry (the lock file is not data).
  while kill -0 "$pid" 2>/dev/null && ! compgen -G "$journal/*" >/dev/null; do
    sleep 0.002
  done
  delay=$((RANDOM * 32768 + RANDOM))
  delay=$((delay % max_delay_ms))
  sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?

  # A writer opens the project: recovery happens here, under the lock.
  if ! "$glossa" import "$project" "$work/anchor.txt" >"$work/writer.out" 2>"$work/writer.err"; then
    echo "cycle $k: the recovering writer failed: $(cat "$work/writer.err")"
    bad=$((bad + 1))
    continue
  fi
  read -r docs texts sets spancount <<<"$(counts "$k")"
  left="$(leftovers)"
  if grep -q "recovered: completed an interrupted save" "$work/writer.err"; then
    outcome="killed after the commit, completed by recovery"; completed=$((completed + 1))
  elif grep -q "recovered: rolled back an unfinished save" "$work/writer.err"; then
    outcome="killed before the commit, rolled back"; rolled_back=$((rolled_back + 1))
  elif [ "$status" = 0 ]; then
    outcome="finished before the kill"; finished=$((finished + 1))
  elif [ "$status" = 137 ]; then
    # before its first file was staged or after its last was moved: all or nothing is checked below
    outcome="killed with no save pending"; finished=$((finished + 1))
  else
    echo "cycle $k: the import failed by itself (exit $status): $(tail -n 3 "$work/import.log")"
    bad=$((bad + 1))
    continue
  fi
  verdict=ok
  if [ "$docs $texts $sets $spancount" != "0 0 0 0" ] \
      && [ "$docs $texts $sets $spancount" != "$documents $documents $documents $((documents * spans))" ]; then
    verdict="HALF-APPLIED"
  fi
  case "$outcome" in
    *"rolled back"*) [ "$docs" = 0 ] || verdict="NOT ROLLED BACK" ;;
    *completed*|finished*) [ "$docs" = "$documents" ] || verdict="LOST" ;;
  esac
  [ -z "$left" ] || verdict="LEFTOVERS: $left"
  [ "$verdict" = ok ] || bad=$((bad + 1))
  echo "cycle $k: kill -9 at ${delay} ms after the first write (exit $status): $outcome; documents $docs, texts $texts, sets $sets, spans $spancount: $verdict"
  rm -rf "$dir"
  done_cycles=$k
done

# Every cycle again, at the end: later cycles never disturbed earlier ones, and no text is orphaned.
for ((k = 1; k <= done_cycles; k++)); do
  read -r docs texts sets spancount <<<"$(counts "$k")"
  if [ "$docs $texts $sets $spancount" != "0 0 0 0" ] \
      && [ "$docs $texts $sets $spancount" != "$documents $documents $documents $((documents * spans))" ]; then
    echo "cycle $k at the end: documents $docs, texts $texts, sets $sets, spans $spancount: HALF-APPLIED"
    bad=$((bad + 1))
  fi
done
indexed=$(grep -o '<documents ' "$project/project.xmi" | wc -l)
text_files=$(find "$project/texts" -name '*.txt' | wc -l)
if [ "$indexed" != "$text_files" ]; then
  echo "orphans: $text_files text files for $indexed documents"
  bad=$((bad + 1))
fi
"$glossa" list "$project" >/dev/null 2>"$work/list.err" || { echo "list failed: $(cat "$work/list.err")"; bad=$((bad + 1)); }

echo "kill-loop: $done_cycles cycles in $((SECONDS - started)) s: $rolled_back rolled back, $completed completed by recovery, $finished finished or killed with no save pending; $bad not all-or-nothing; $indexed documents, $text_files texts"
[ "$bad" = 0 ]
