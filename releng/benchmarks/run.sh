#!/usr/bin/env bash
# Runs a Glossa benchmark against the materialized product's bundles (built first if needed).
#   releng/benchmarks/run.sh storage [DOCUMENTS [ANNOTATORS [KEEP_DIR]]]  import, open, list and load figures for a
#                                                  generated corpus (KEEP_DIR keeps the project)
#   releng/benchmarks/run.sh import [RUNS]         article import throughput: 2,000 articles of 5 KB, 200 HTML
#                                                  pages of 50 KB (median of RUNS, forces to disk counted)
#   releng/benchmarks/run.sh editor [small|linked] the editor on a 1 MB document with 33,700 spans and 3,000 links,
#                                                  and on the 5,000,000-character one with 150,000 spans and 7,500
#                                                  links (GLOSSA_BENCH_JVM_OPTS adds JVM options, e.g. a JFR recording)
#   releng/benchmarks/run.sh export [DOCUMENTS [SPANS_PER_DOCUMENT [KEEP_DIR]]]  CoNLL and span JSONL export under -Xmx256m
#                                                  of 100 MB with 1,000,000 and with 10,000,000 spans (or one size)
#   releng/benchmarks/run.sh linked [CHARS SPANS RUNS]  one 5,000,000-character document, 150,000 spans, 7,500 links
#   releng/benchmarks/run.sh agreement             unitizing alpha and coding measures, Glossa vs DKPro Agreement
#   releng/benchmarks/run.sh cli [DOCUMENTS]       the real glossa command end to end: --help, stats, list (cli.sh)
#   releng/benchmarks/run.sh gui [DOCUMENTS]       the workbench until usable, on the demo project and on DOCUMENTS
#                                                  documents (gui.sh; needs Xvfb and xdotool)
#   releng/benchmarks/run.sh team [DOCUMENTS [ANNOTATORS [ROUNDS]]]  team projects through git: clone, no-op sync,
#                                                  one-document sync, repository growth per edited span (team.sh)
#   releng/benchmarks/run.sh compile               only compile them against the product (./run-tests does, so
#                                                  that a change of the bundles' API cannot leave them broken)
# Prints figures; not part of the tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/find-java.sh"
glossa_find_java || exit 1
product="$root/releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa"
[ -d "$product/plugins" ] || "$root/glossa" --help >/dev/null
out="$root/releng/benchmarks/target/classes"
mkdir -p "$out"
classpath="$product/plugins/*"
# DKPro Agreement, the reference the agreement benchmark compares with (not part of the product).
# Its version is the one the tests cross-check with: the target definition's.
lib="$root/releng/benchmarks/target/lib"
dkpro_version=$(sed -n 's|.*<artifactId>dkpro-statistics-agreement</artifactId><version>\([^<]*\)</version>.*|\1|p' \
  "$root/releng/org.glossa.target/org.glossa.target.target")
dkpro="$lib/dkpro-statistics-agreement-$dkpro_version.jar"
if [ ! -f "$dkpro" ]; then
  "$root/mvnw" -q -B dependency:copy -Dartifact="org.dkpro.statistics:dkpro-statistics-agreement:$dkpro_version" \
    -DoutputDirectory="$lib" >&2
fi
classpath="$classpath:$dkpro"
"$GLOSSA_JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$classpath" $(find "$root/releng/benchmarks/src" -name '*.java')
if [ "${1:-}" = compile ]; then
  echo "benchmarks: $(find "$root/releng/benchmarks/src" -name '*.java' | wc -l) sources compile against the product"
  exit 0
fi
case "${1:-storage}" in
  cli) shift; exec "$root/releng/benchmarks/cli.sh" "$@" ;;
  gui) shift; exec "$root/releng/benchmarks/gui.sh" "$@" ;;
  team) shift; exec "$root/releng/benchmarks/team.sh" "$@" ;;
  storage) shift || true; main=org.glossa.benchmarks.StorageBenchmark ;;
  import) shift; main=org.glossa.benchmarks.ImportBenchmark ;;
  editor) shift; main=org.glossa.benchmarks.EditorBenchmark
    # GTK's animations (scroll bars fading, CSS transitions of new widgets) keep its frame clock busy for hundreds
    # of milliseconds after an edit; the benchmark times an edit until no event comes, so they are turned off.
    gtk_config="$root/releng/benchmarks/target/gtk-config"; mkdir -p "$gtk_config/gtk-3.0"
    printf '[Settings]\ngtk-enable-animations=0\n' > "$gtk_config/gtk-3.0/settings.ini"
    export XDG_CONFIG_HOME="$gtk_config"
    # The editor needs a display: use a virtual one when there is none.
    if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
      exec xvfb-run -a -s "-screen 0 1280x1024x24" "$GLOSSA_JAVA_HOME/bin/java" -Xmx2g ${GLOSSA_BENCH_JVM_OPTS:-} -cp "$out:$classpath" "$main" "$@"
    fi ;;
  export) shift
    # Streaming export: it must fit in a small heap, whatever the corpus size.
    exec "$GLOSSA_JAVA_HOME/bin/java" ${GLOSSA_BENCH_JVM_OPTS:-} -Xmx256m -cp "$out:$classpath" \
      org.glossa.benchmarks.ExportBenchmark "$@" ;;
  linked) shift; main=org.glossa.benchmarks.LinkedDocumentBenchmark ;;
  agreement) shift
    "$GLOSSA_JAVA_HOME/bin/java" -Xmx2g -cp "$out:$classpath" org.glossa.benchmarks.AgreementModelBenchmark
    echo
    main=org.glossa.benchmarks.AgreementBenchmark ;;
  *) echo "unknown benchmark '$1' (known: storage, import, editor, export, linked, agreement, cli, gui, team)" >&2; exit 2 ;;
esac
exec "$GLOSSA_JAVA_HOME/bin/java" -Xmx4g -cp "$out:$classpath" "$main" "$@"
