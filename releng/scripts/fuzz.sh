#!/usr/bin/env bash
# Longer fuzzing campaigns: runs every Jazzer fuzz target of tests/org.glossa.fuzz.tests for SECONDS each
# (default 300) through Jazzer's own command line. The build fuzzes each for a few seconds only.
#   releng/scripts/fuzz.sh [SECONDS]            all targets
#   FUZZ_TARGETS="Brat Conll" releng/scripts/fuzz.sh 600
# The corpus grows in tests/org.glossa.fuzz.tests/.cifuzz-corpus (shared with the build's fuzz runs); a crash
# or hang is written to tests/org.glossa.fuzz.tests/target/fuzz-findings/TARGET/ and the script exits 1. Move a
# finding into src/test/resources/org/glossa/fuzz/TARGETFuzzTestInputs/fuzz/ (named after what it shows) and
# every build replays it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1
seconds="${1:-300}"
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a number, not '$seconds'" >&2; exit 2 ;; esac
module="$root/tests/org.glossa.fuzz.tests"
targets="${FUZZ_TARGETS:-Brat Conll Doccano SpansJsonl LabelStudio Article ProjectXmi AnnotationXmi}"

echo "fuzz.sh: building the bundles and the fuzz targets..." >&2
log="$module/target/fuzz-build.log"
mkdir -p "$module/target"
if ! "$root/mvnw" -B -DskipTests -Dtycho.surefire.skip=true verify -pl tests/org.glossa.fuzz.tests -am >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -n 20 >&2
  echo "fuzz.sh: the build failed; full log in $log" >&2
  exit 1
fi
classpath="$module/target/test-classes:$(cat "$module/target/fuzz-classpath.txt")"

failed=()
for target in $targets; do
  class="org.glossa.fuzz.${target}FuzzTest"
  seeds="$module/src/test/resources/org/glossa/fuzz/${target}FuzzTestInputs/fuzz"
  corpus="$module/.cifuzz-corpus/$class/fuzz"
  findings="$module/target/fuzz-findings/$target"
  [ -d "$seeds" ] || { echo "fuzz.sh: no fuzz target $target (no $seeds)" >&2; exit 2; }
  mkdir -p "$corpus" "$findings"
  echo "fuzz.sh: $target for ${seconds}s" >&2
  # an input running longer than 30 s is a hang; running out of the 512 MB heap is a crash
  if ! "$GLOSSA_JAVA_HOME/bin/java" -Xmx512m -Xss1m -XX:+EnableDynamicAgentLoading -cp "$classpath" \
      com.code_intelligence.jazzer.Jazzer --target_class="$class" --instrumentation_includes='org.glossa.**' \
      -max_total_time="$seconds" -timeout=30 -artifact_prefix="$findings/" "$corpus" "$seeds" \
      >"$findings/log.txt" 2>&1; then
    failed+=("$target")
    echo "fuzz.sh: $target found a crash or hang: $findings (log.txt)" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings in $targets (${seconds}s each)" >&2
