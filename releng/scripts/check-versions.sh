#!/usr/bin/env bash
# Checks that each library version is written once: the plain-Maven modules take theirs from
# releng/org.glossa.libraries/pom.xml, which must agree with the target definition (see CheckVersions.java).
# Run by .ci/run and ./run-tests before the build; needs only a JDK, no network.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1
exec "$GLOSSA_JAVA_HOME/bin/java" "$root/releng/scripts/CheckVersions.java" "$root"
