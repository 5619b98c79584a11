# Sourced by Glossa's scripts: sets GLOSSA_JAVA_HOME to a JDK of version 21 or newer.
# Order: $JAVA_HOME, the JDK of `java` on the PATH, then the JVMs installed under /usr/lib/jvm (newest first;
# GLOSSA_JVM_DIRS, a colon list, replaces that folder).
glossa_java_major() {
  # A JDK's release file says its version without starting a JVM (each start costs a tenth of a second).
  local major=""
  [ -f "$1/release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
  if [ -z "$major" ]; then
    major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$major"
}
# The home folder as Java sees it (from the user database, not $HOME): where Maven keeps ~/.m2.
glossa_java_user_home() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *user\.home = //p' | head -n 1
}
glossa_find_java() {
  local candidates=() c major seen=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local dirs dir
  IFS=: read -r -a dirs <<<"${GLOSSA_JVM_DIRS:-/usr/lib/jvm}"
  for dir in "${dirs[@]}"; do
    [ -d "$dir" ] || continue
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d "$dir"/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    major=$(glossa_java_major "$c")
    [ -n "$major" ] && seen+=("$c (Java $major$([ -x "$c/bin/javac" ] || echo ', no javac'))")
    [ -x "$c/bin/javac" ] || continue
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then GLOSSA_JAVA_HOME="$c"; return 0; fi
  done
  {
    echo "glossa: Glossa needs a JDK 21 or newer (the Eclipse platform requires Java 21); none was found."
    echo "glossa: looked at \$JAVA_HOME, the java on the PATH and ${GLOSSA_JVM_DIRS:-/usr/lib/jvm}."
    if [ "${#seen[@]}" -gt 0 ]; then
      printf 'glossa:   found only %s\n' "${seen[@]}"
    fi
    echo "glossa: Debian 12's apt has no JDK 21. What works: a JDK 21+ tarball (Eclipse Temurin, Oracle OpenJDK"
    echo "glossa: or Amazon Corretto builds) unpacked anywhere, with JAVA_HOME pointing at it; Adoptium's Temurin"
    echo "glossa: apt packages; or Debian 13, whose apt has openjdk-21-jdk. Then run the command again."
  } >&2
  return 1
}
