#!/usr/bin/env bash
# Checks that ./mvnw bootstraps its Maven on a new machine: a copy of the wrapper (with the project's .mvn,
# whose Tycho extension an older Maven cannot load) fetches Maven with the machine's own `mvn` into an empty
# local repository and runs it. Called by .ci/run before the build; prints one line when it passes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/project/.mvn" "$work/project/releng/scripts"
cp "$root/mvnw" "$work/project/"
cp "$root/.mvn/wrapper.properties" "$root/.mvn/maven.config" "$root/.mvn/extensions.xml" "$work/project/.mvn/"
cp "$root/releng/scripts/find-java.sh" "$work/project/releng/scripts/"
cp "$root/pom.xml" "$work/project/"

system_maven=$(command -v mvn || true)
version=$(sed -n 's/^mavenVersion=//p' "$root/.mvn/wrapper.properties")
if ! out=$(cd "$work/project" && MAVEN_REPO_LOCAL="$work/repository" ./mvnw -B --version 2>&1); then
  printf '%s\n' "$out" >&2
  echo "check-mvnw-bootstrap: ./mvnw could not bootstrap Maven $version from an empty repository" \
    "with ${system_maven:-no mvn}" >&2
  exit 1
fi
if ! grep -q "Apache Maven $version" <<<"$out"; then
  printf '%s\n' "$out" >&2
  echo "check-mvnw-bootstrap: ./mvnw did not run Maven $version" >&2
  exit 1
fi
if [ ! -f "$work/repository/org/apache/maven/apache-maven/$version/apache-maven-$version-bin.zip" ]; then
  echo "check-mvnw-bootstrap: Maven $version was not fetched into the repository given to ./mvnw" >&2
  exit 1
fi
echo "check-mvnw-bootstrap: ./mvnw fetched and ran Maven $version from an empty repository" \
  "(fetched with $("$system_maven" --version 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g'))"
