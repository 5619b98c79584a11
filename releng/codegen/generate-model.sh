#!/usr/bin/env bash
# Regenerates bundles/org.glossa.model/src-gen from bundles/org.glossa.model/model/glossa.genmodel.
# src-gen is generated code: never edit it by hand; change the ecore/genmodel and run this script.
# The output is deterministic, so running it on an unchanged model gives no diff.
#
# Usage: releng/codegen/generate-model.sh [--save-genmodel]
#   --save-genmodel  also write the reconciled genmodel back (after changing the ecore).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

props=()
for arg in "$@"; do
  case "$arg" in
    --save-genmodel) props+=(-Dglossa.codegen.saveGenModel=true) ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "generate-model.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

exec "$root/mvnw" -q -B -f "$root/releng/codegen/pom.xml" ${props[@]+"${props[@]}"} compile exec:java
