#!/usr/bin/env bash
# Times the workbench's start as a user sees it, beside issue 12's target:
#   releng/benchmarks/run.sh gui [DOCUMENTS]
# "Usable": from the process's start until the corpus view has painted its first rows, statuses included, and the
# event loop answers (the workbench prints that moment with -Dglossa.startupTrace=true). On the demo project and on
# the cli benchmark's generated project of DOCUMENTS documents (default 20,000, 2 annotators; made once), as the
# project's first annotator. Needs Xvfb and xdotool: each run is on a display of its own and quits with Ctrl+Q, as a
# user quits (so the platform keeps its caches, as it does for a user); medians of 3 runs after a first one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
documents="${1:-20000}"
glossa="$root/glossa"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "gui benchmark: needs $tool" >&2; exit 1; }
done
project="$root/releng/benchmarks/target/cli-$documents"
"$glossa" demo >/dev/null
if [ ! -f "$project/project.xmi" ]; then
  "$root/releng/benchmarks/cli.sh" "$documents" >/dev/null # makes the generated project (once)
fi

display=""
for n in $(seq 60 89); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "gui benchmark: no free display between :60 and :89" >&2; exit 1; }
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
log="$(mktemp)"
trap 'kill "$xvfb" 2>/dev/null; rm -f "$log"' EXIT
sleep 1

usable_ms() { # PROJECT: one start, until usable, in milliseconds; then quits
  local project="$1" annotator pid
  annotator=$(grep -o '<annotators name="[^"]*"' "$project/project.xmi" | head -n 1 | cut -d'"' -f2)
  DISPLAY="$display" GLOSSA_JVM_OPTS="-Dglossa.annotator=$annotator -Dglossa.startupTrace=true" \
    "$glossa" gui "$project" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q 'window answers' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  sed -n 's/^glossa startup: \([0-9]*\) ms corpus rows painted.*/\1/p' "$log"
  DISPLAY="$display" xdotool key ctrl+q
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    rm -f "$project/.glossa/lock"
  fi
  wait "$pid" 2>/dev/null || true
}

median_usable() { # PROJECT: the median of 3 starts after a first one, in seconds
  local times=() ms
  usable_ms "$1" >/dev/null
  for _ in 1 2 3; do
    ms=$(usable_ms "$1")
    [ -n "$ms" ] || { echo "gui benchmark: the workbench did not report its start on $1:" >&2; cat "$log" >&2; exit 1; }
    times+=("$ms")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{printf "%.2f", $1 / 1000}'
}

echo "Glossa workbench, until usable ($(nproc) cores, Xvfb, $("$GLOSSA_JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
printf '%-44s %7s s\n' "workbench (demo project)" "$(median_usable "$root/target/demo-project")"
seconds=$(median_usable "$project")
printf '%-44s %7s s   target < 3 s   %s\n' "workbench ($documents documents, 2 annotators)" "$seconds" \
  "$(awk -v a="$seconds" 'BEGIN { print (a < 3) ? "met" : "NOT MET" }')"
