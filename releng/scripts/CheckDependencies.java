import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Holds the dependency picture of README's architecture by reading every bundles/*&#47;META-INF/MANIFEST.MF:
 * model &lt;- text &lt;- core &lt;- io.*; model &lt;- agreement &lt;- agreement.report; core + agreement (+ report) &lt;- review;
 * cli and ui on top. A Glossa bundle may require (or import packages of) only the Glossa bundles its layer allows,
 * no requirement may close a cycle, and no bundle but the UI may reach SWT, JFace or the e4 UI.
 * Run by releng/scripts/check-dependencies.sh with the repository root as its argument.
 */
public class CheckDependencies {
    private static final Set<String> HEADLESS_BASE = Set.of("org.glossa.model", "org.glossa.text", "org.glossa.core");
    /** The Glossa bundles each bundle may depend on directly; a bundle not named here must be added first. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org.glossa.model", Set.of(),
            "org.glossa.text", Set.of("org.glossa.model"),
            "org.glossa.core", Set.of("org.glossa.model", "org.glossa.text"),
            "org.glossa.io.*", HEADLESS_BASE,
            "org.glossa.agreement", Set.of("org.glossa.model"),
            "org.glossa.agreement.report", Set.of("org.glossa.model", "org.glossa.agreement"),
            "org.glossa.review", Set.of("org.glossa.model", "org.glossa.text", "org.glossa.core", "org.glossa.agreement",
                    "org.glossa.agreement.report"),
            "org.glossa.team", HEADLESS_BASE,
            "org.glossa.cli", Set.of("org.glossa.*", "-org.glossa.ui"),
            "org.glossa.ui", Set.of("org.glossa.*", "-org.glossa.cli"));
    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.e4.ui",
            "org.eclipse.ui");
    private static final String UI_BUNDLE = "org.glossa.ui";

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, Manifest> bundles = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
            for (Path manifest : folders.map(folder -> folder.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile)
                    .toList()) {
                try (var in = Files.newInputStream(manifest)) {
                    Manifest parsed = new Manifest(in);
                    bundles.put(symbolicName(parsed), parsed);
                }
            }
        }
        Map<String, String> exporters = new TreeMap<>();
        bundles.forEach((name, manifest) -> clauses(manifest, "Export-Package").forEach(pkg -> exporters.put(pkg, name)));

        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> graph = new TreeMap<>();
        bundles.forEach((name, manifest) -> {
            Set<String> glossa = new LinkedHashSet<>();
            for (String required : clauses(manifest, "Require-Bundle")) {
                if (required.startsWith("org.glossa.")) {
                    glossa.add(required);
                } else if (!name.equals(UI_BUNDLE) && isUi(required)) {
                    problems.add(name + " is headless but requires " + required);
                }
            }
            for (String imported : clauses(manifest, "Import-Package")) {
                if (exporters.containsKey(imported)) {
                    glossa.add(exporters.get(imported));
                } else if (!name.equals(UI_BUNDLE) && isUi(imported)) {
                    problems.add(name + " is headless but imports " + imported);
                }
            }
            graph.put(name, glossa);
            Set<String> allowed = allowed(name);
            if (allowed == null) {
                problems.add(name + " has no place in the dependency picture: add it to " + CheckDependencies.class.getSimpleName());
                return;
            }
            for (String dependency : glossa) {
                if (!isAllowed(allowed, dependency, name)) {
                    problems.add(name + " must not depend on " + dependency);
                }
            }
        });
        for (String start : graph.keySet()) {
            findCycle(graph, start, new ArrayList<>(), problems);
        }
        if (!problems.isEmpty()) {
            problems.stream().distinct().forEach(problem -> System.err.println("check-dependencies: " + problem));
            System.exit(1);
        }
        System.out.println("check-dependencies: " + bundles.size() + " bundles keep the dependency picture"
                + " (no cycle, no UI outside org.glossa.ui)");
    }

    private static Set<String> allowed(String bundle) {
        if (bundle.startsWith("org.glossa.io.")) {
            return ALLOWED.get("org.glossa.io.*");
        }
        return ALLOWED.get(bundle);
    }

    private static boolean isAllowed(Set<String> allowed, String dependency, String self) {
        if (allowed.contains("-" + dependency) || dependency.equals(self)) {
            return false;
        }
        return allowed.contains(dependency) || allowed.contains("org.glossa.*");
    }

    private static void findCycle(Map<String, Set<String>> graph, String bundle, List<String> path, List<String> problems) {
        int seen = path.indexOf(bundle);
        if (seen >= 0) {
            // the same cycle is found from each of its bundles: report it from its first name only
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            if (!cycle.get(0).equals(cycle.stream().sorted().findFirst().orElseThrow())) {
                return;
            }
            cycle.add(bundle);
            problems.add("a dependency cycle: " + String.join(" -> ", cycle));
            return;
        }
        path.add(bundle);
        for (String next : graph.getOrDefault(bundle, Set.of())) {
            findCycle(graph, next, path, problems);
        }
        path.remove(path.size() - 1);
    }

    private static boolean isUi(String name) {
        return UI_PREFIXES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    private static String symbolicName(Manifest manifest) {
        return clauses(manifest, "Bundle-SymbolicName").get(0);
    }

    /** The names of a header's clauses, without attributes and directives (commas inside quotes are not clauses). */
    private static List<String> clauses(Manifest manifest, String header) {
        String value = manifest.getMainAttributes().getValue(header);
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                names.add(value.substring(start, i).split(";", 2)[0].trim());
                start = i + 1;
            }
        }
        return names;
    }
}
