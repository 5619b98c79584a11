# Sourced by Glossa's scripts: sets GLOSSA_JAVA_HOME to a JDK of version 21 or newer.
# Order: $JAVA_HOME, the JDK of `java` on the PATH, then the JVMs installed under /usr/lib/jvm (newest first).
glossa_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
glossa_find_java() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  if [ -d /usr/lib/jvm ]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(glossa_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then GLOSSA_JAVA_HOME="$c"; return 0; fi
  done
  echo "glossa: no JDK 21 or newer found (looked at \$JAVA_HOME, java on the PATH and /usr/lib/jvm)." >&2
  echo "glossa: install one (e.g. a Temurin or OpenJDK 21+ package) or set JAVA_HOME to it." >&2
  return 1
}
