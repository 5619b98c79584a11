#!/usr/bin/env bash
# Makes the JDK's ahead-of-time cache for the headless glossa command of a materialized product (JDK 25+; older
# JDKs have none): a training run of the usual commands on the demo corpus records which classes they load and how
# their hot methods behave, and the cache, PRODUCT/headless.aot, lets later commands skip that work (glossa agree on
# a million characters: 1.8 s -> 1.4 s). The cache holds the product's jar paths and this JDK's build: the start
# script uses it only with a JDK 25+, and the JVM silently ignores it once either changes (a copied product, another
# JDK), so a missing or stale cache only costs speed. Never fails the caller.
#   releng/scripts/train-headless-aot.sh [PRODUCT_DIR]
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="${1:-$root/releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa}"
. "$root/releng/scripts/find-java.sh"
glossa_find_java >/dev/null 2>&1 || exit 0
major=$(glossa_java_major "$GLOSSA_JAVA_HOME")
if [ -z "$major" ] || [ "$major" -lt 25 ] || [ ! -f "$product/headless-bundles" ]; then
  exit 0
fi
classpath=""
while read -r name; do
  case "$name" in ''|'#'*) continue ;; esac
  jars=("$product/plugins/${name}_"*.jar)
  [ ${#jars[@]} -eq 1 ] && [ -f "${jars[0]}" ] || exit 0
  classpath="$classpath${classpath:+:}${jars[0]}"
done < "$product/headless-bundles"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="$GLOSSA_JAVA_HOME/bin/java"
# The product's start script passes -Xms256m: the cache must be made with the same heap settings to be used.
if "$java" -Xms256m --enable-native-access=ALL-UNNAMED -XX:AOTMode=record -XX:AOTConfiguration="$work/headless.aotconf" -Xlog:aot=off -cp "$classpath" \
      org.glossa.cli.HeadlessTraining "$work/training" "$root/demo/corpus" "$root/demo/annotations" \
      >"$work/training.log" 2>&1 \
   && "$java" -Xms256m --enable-native-access=ALL-UNNAMED -XX:AOTMode=create -XX:AOTConfiguration="$work/headless.aotconf" \
      -XX:AOTCache="$work/headless.aot" -Xlog:aot=off -cp "$classpath" >>"$work/training.log" 2>&1 \
   && mv "$work/headless.aot" "$product/headless.aot"; then
  echo "headless command: AOT cache made ($(du -h "$product/headless.aot" | cut -f1))"
else
  rm -f "$product/headless.aot"
  echo "headless command: no AOT cache (training failed; the command runs without one):" >&2
  tail -n 5 "$work/training.log" >&2
fi
exit 0
