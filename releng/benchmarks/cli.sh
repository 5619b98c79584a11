#!/usr/bin/env bash
# Times the real headless command end to end (process start included), as a user runs it, beside issue 12's targets:
#   releng/benchmarks/run.sh cli [DOCUMENTS]
# glossa --help; glossa stats of the demo project; glossa list and stats of a generated project of DOCUMENTS
# documents (default 20,000) with 2 annotators, kept in releng/benchmarks/target/cli-DOCUMENTS/ and made once by the
# storage benchmark; glossa agree on a generated study of about 1,000,000 characters (210 documents, 3 annotators). The first list after a new build reads every file (the record of verified files is per build);
# the figures are the medians of the 3 runs after it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
documents="${1:-20000}"
project="$root/releng/benchmarks/target/cli-$documents"
glossa="$root/glossa"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1

median_of_runs() { # COMMAND... : the median wall time of 3 runs, in seconds
  local times=() start end
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{printf "%.2f", $1 / 1000}'
}

row() { # NAME SECONDS TARGET
  printf '%-44s %7s s   target < %s s   %s\n' "$1" "$2" "$3" \
    "$(awk -v a="$2" -v b="$3" 'BEGIN { print (a < b) ? "met" : "NOT MET" }')"
}

# The generated projects are kept between runs, and made again when the storage benchmark's data changes.
data_version="2 (quotes linked to speakers)"
generate() { # DIR DOCUMENTS ANNOTATORS
  if [ ! -f "$1/project.xmi" ] || [ "$(cat "$1.data-version" 2>/dev/null)" != "$data_version" ]; then
    echo "generating $2 documents with $3 annotators in $1 (once)..." >&2
    rm -rf "$1"
    "$root/releng/benchmarks/run.sh" storage "$2" "$3" "$1" >/dev/null
    echo "$data_version" > "$1.data-version"
  fi
}
"$glossa" demo >/dev/null
generate "$project" "$documents" 2
study="$root/releng/benchmarks/target/cli-study"
generate "$study" 210 3
"$glossa" list "$study" >/dev/null
"$glossa" list "$project" >/dev/null # after a new build: reads every file once, as any first list does
echo "Glossa headless command, end to end ($(nproc) cores, $("$GLOSSA_JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
row "glossa --help" "$(median_of_runs "$glossa" --help)" 0.7
row "glossa stats (demo project)" "$(median_of_runs "$glossa" stats "$root/target/demo-project")" 1
row "glossa list ($documents documents, 2 annotators)" "$(median_of_runs "$glossa" list "$project")" 2
row "glossa stats ($documents documents, 2 annotators)" "$(median_of_runs "$glossa" stats "$project")" 5
row "glossa agree ($("$glossa" stats "$study" | sed -n 's/^Body characters: *//p') body characters, 3 annotators)" \
  "$(median_of_runs "$glossa" agree "$study")" 1.5
