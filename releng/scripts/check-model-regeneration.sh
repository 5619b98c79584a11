#!/usr/bin/env bash
# Checks that bundles/org.glossa.model/src-gen is exactly what the generator makes of the committed ecore and
# genmodel: regenerates it (releng/codegen/generate-model.sh, EMF from Maven Central through ./mvnw) and fails
# if git then sees any change in the model bundle. Run by .ci/run; about 45 s with a filled ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if ! git diff --quiet -- bundles/org.glossa.model || [ -n "$(git ls-files --others --exclude-standard -- bundles/org.glossa.model)" ]; then
  echo "check-model-regeneration: bundles/org.glossa.model has uncommitted changes; commit or stash them first" >&2
  exit 1
fi
releng/codegen/generate-model.sh >/dev/null
if ! git diff --exit-code --stat -- bundles/org.glossa.model \
    || [ -n "$(git ls-files --others --exclude-standard -- bundles/org.glossa.model)" ]; then
  git ls-files --others --exclude-standard -- bundles/org.glossa.model | sed 's/^/new file: /' >&2
  echo "check-model-regeneration: regenerating the model code changed bundles/org.glossa.model (above)." >&2
  echo "  src-gen must be what releng/codegen/generate-model.sh makes of model/glossa.ecore and glossa.genmodel:" >&2
  echo "  run it, review the diff and commit src-gen with the model (never edit src-gen by hand)." >&2
  exit 1
fi
echo "check-model-regeneration: regenerating the model code gives no diff"
