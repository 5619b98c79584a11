#!/usr/bin/env bash
# Records what the headless command prints and writes on the demo project, so that a refactoring can prove
# that it changed nothing: run it before and after, then `diff -r BEFORE AFTER`.
#   releng/scripts/demo-outputs.sh OUT_DIR
# Uses the built product (./glossa builds it when missing). The project lives under GLOSSA_DEMO_WORK (default
# /tmp/glossa-demo-outputs), which the recorded outputs name as <work>; the checkout is named <root>, so that runs
# from other folders and other worktrees compare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
work="${GLOSSA_DEMO_WORK:-/tmp/glossa-demo-outputs}"
rm -rf "$work" && mkdir -p "$work"
project="$work/project"
glossa="$root/glossa"

# Runs one command; records stdout, stderr and the exit code under a name.
record() {
  local name="$1"; shift
  local rc=0
  "$glossa" "$@" >"$out/$name.out" 2>"$out/$name.err" || rc=$?
  echo "$rc" >"$out/$name.rc"
}

"$glossa" demo "$project" >"$out/demo.out" 2>"$out/demo.err"
record help --help
for c in init import list stats check export annotations agree adjudicate; do record "help-$c" "$c" --help; done
record list list "$project"
record list-json list "$project" --json
record stats stats "$project"
record stats-json stats "$project" --json
record check check "$project"
record check-json check "$project" --json
record agree agree "$project"
record agree-json agree "$project" --json
record agree-markdown agree "$project" --markdown
record agree-html agree "$project" --html "$work/agreement.html"
cp "$work/agreement.html" "$out/agree-html.html"
record agree-entity-pair agree "$project" --layer Entity --annotators alice,bob --json
for f in brat claims-jsonl conll doccano hf-jsonl opennlp quotes-jsonl spans-jsonl xmi; do
  record "export-$f" export "$project" --format "$f" --source each --out "$work/export-$f"
  record "export-$f-json" export "$project" --format "$f" --source each --out "$work/export-$f-json" --json
done
record export-split export "$project" --format spans-jsonl --source alice --split 80/10/10 --seed 7 --out "$work/export-split"
record export-conll-options export "$project" --format conll --source bob --option scheme=bioes --option columns=2 --out "$work/export-conll-options"
record export-gold-empty export "$project" --format conll --out "$work/export-gold-empty"
cp -r "$project" "$work/adjudicated"
record adjudicate adjudicate "$work/adjudicated" --auto --quorum 2
record adjudicate-json adjudicate "$work/adjudicated" --auto --json
record export-gold export "$work/adjudicated" --format spans-jsonl --out "$work/export-gold"
record agree-adjudicated agree "$work/adjudicated" --markdown
record stats-adjudicated stats "$work/adjudicated" --json
record bad-format export "$project" --format nope --out "$work/nope"
record bad-project list "$work/missing"
for d in "$work"/export-*; do
  [ -d "$d" ] && cp -r "$d" "$out/$(basename "$d").files"
done
# Times and the build qualifier change from run to run; nothing else may.
find "$out" -type f -print0 | xargs -0 sed -i -E \
  -e "s#$work#<work>#g" \
  -e "s#$root#<root>#g" \
  -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z/<time>/g' \
  -e 's/([0-9]+\.[0-9]+\.[0-9]+)\.[0-9]{12}/\1.<qualifier>/g'
echo "demo outputs in $out"
