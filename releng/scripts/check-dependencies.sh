#!/usr/bin/env bash
# Checks the bundles' dependency picture (README, "Layout"): layers, no cycles, no SWT/JFace/e4 UI outside
# org.glossa.ui, by reading every bundles/*/META-INF/MANIFEST.MF (see CheckDependencies.java).
# Run by ./run-tests before the build; needs only a JDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1
exec "$GLOSSA_JAVA_HOME/bin/java" "$root/releng/scripts/CheckDependencies.java" "$root"
