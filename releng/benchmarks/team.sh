#!/usr/bin/env bash
# Times team projects with the real glossa command end to end (process start included), beside issue 13's targets:
#   releng/benchmarks/run.sh team [DOCUMENTS [ANNOTATORS [ROUNDS]]]
# A project of DOCUMENTS documents (default 2,000) with ANNOTATORS annotators (default 20; one annotation file per
# document and annotator, made once by the storage benchmark and kept in releng/benchmarks/target/team-D-A/) is
# shared to a bare repository on the local disk; then: the time to clone it, a sync with nothing to do, a sync after
# saving one new span in one document, and the repository's size after ROUNDS (default 100) rounds of one new span
# and a sync (the bare repository and the working copy's, on disk as they are, and after git's housekeeping).
# TEAM_BENCH_KEEP=1 keeps the work folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
documents="${1:-2000}"
annotators="${2:-20}"
rounds="${3:-100}"
glossa="$root/glossa"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1

seconds() { # COMMAND...: the wall time of one run, in seconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  awk -v ns="$((end - start))" 'BEGIN { printf "%.2f", ns / 1e9 }'
}
median3() { # COMMAND...
  { seconds "$@"; echo; seconds "$@"; echo; seconds "$@"; echo; } | sort -n | sed -n 2p
}
row() { # NAME VALUE UNIT TARGET
  if [ -n "$4" ]; then
    printf '%-58s %9s %-3s target < %s %s   %s\n' "$1" "$2" "$3" "$4" "$3" \
      "$(awk -v a="$2" -v b="$4" 'BEGIN { print (a < b) ? "met" : "NOT MET" }')"
  else
    printf '%-58s %9s %s\n' "$1" "$2" "$3"
  fi
}
bytes() { du -sb "$1" | cut -f1; }

project="$root/releng/benchmarks/target/team-$documents-$annotators"
data_version="2 (quotes linked to speakers)"
if [ ! -f "$project/project.xmi" ] || [ "$(cat "$project.data-version" 2>/dev/null)" != "$data_version" ]; then
  echo "generating $documents documents with $annotators annotators in $project (once)..." >&2
  rm -rf "$project"
  "$root/releng/benchmarks/run.sh" storage "$documents" "$annotators" "$project" >/dev/null
  echo "$data_version" > "$project.data-version"
fi
"$glossa" --help >/dev/null # built and trained

work="$(mktemp -d "${TMPDIR:-/tmp}/glossa-team-bench.XXXXXX")"
[ "${TEAM_BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
cp -r "$project" "$work/curator"
rm -rf "$work/curator/.glossa" "$work/curator/.git"
files=$(find "$work/curator/annotations" -name '*.xmi' | wc -l)
echo "Team projects: $documents documents, $annotators annotators, $files annotation files ($(nproc) cores, $("$GLOSSA_JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
row "share (first commit and push to a local bare repository)" "$(seconds "$glossa" team share "$work/curator" "$work/server/team.git" --curator cora)" s ""
member=$(basename "$(find "$work/curator/annotations" -name '*.xmi' | sort | head -n 1)" .xmi)
row "clone (as $member)" "$(seconds "$glossa" team clone "$work/server/team.git" "$work/member" --annotator "$member")" s ""
"$glossa" team sync "$work/member" >/dev/null
row "sync with nothing to do (median of 3)" "$(median3 "$glossa" team sync "$work/member")" s 2

# one new span of the member in document N (ROUND-th document), on a letter near the start that has no span of
# this round yet, saved through a brat import
documents_list=($(sed -n 's/.*<documents id="\([^"]*\)".*/\1/p' "$work/curator/project.xmi"))
edit() { # ROUND
  local id="${documents_list[$(($1 % ${#documents_list[@]}))]}" dir="$work/brat" text begin
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$work/member/texts/$id.txt" "$dir/"
  text="$(head -c 4000 "$dir/$id.txt")"
  begin=$((($1 * 7) % 1000))
  while [[ ! "${text:$begin:1}" =~ [A-Za-z] ]]; do begin=$((begin + 1)); done
  printf 'T1\tMISC %d %d\t%s\n' "$begin" $((begin + 1)) "${text:$begin:1}" >"$dir/$id.ann"
  "$glossa" annotations import "$work/member" --annotator "$member" --format brat "$dir" >/dev/null
}
times=()
for round in 1 2 3; do
  edit "$round"
  times+=("$(seconds "$glossa" team sync "$work/member")")
done
row "sync after one new span in one document (median of 3)" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)" s 3

"$glossa" team sync "$work/curator" >/dev/null
server_before=$(bytes "$work/server/team.git"); member_before=$(bytes "$work/member/.git")
start=$SECONDS
for ((round = 10; round < 10 + rounds; round++)); do
  edit "$round"
  "$glossa" team sync "$work/member" >/dev/null
done
server_growth=$(($(bytes "$work/server/team.git") - server_before))
member_growth=$(($(bytes "$work/member/.git") - member_before))
row "$rounds rounds of one new span + sync" "$((SECONDS - start))" s ""
row "growth per edited span: the bare repository, as is" "$((server_growth / rounds))" B 2048
row "growth per edited span: the working copy's .git, as is" "$((member_growth / rounds))" B 2048
