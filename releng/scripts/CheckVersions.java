import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Holds each build fact in one place: the target definition is the authority for the versions of the libraries
 * the bundles use, and releng/org.glossa.libraries/pom.xml gives the plain-Maven modules theirs. This check fails
 * when the parent disagrees with the target, when a pom writes a library version of its own instead of taking the
 * parent's, or when the wrapper fetches Maven with another maven-dependency-plugin than the build uses.
 * Run by releng/scripts/check-versions.sh with the repository root as its argument.
 */
public class CheckVersions {
    private static final String TARGET = "releng/org.glossa.target/org.glossa.target.target";
    private static final String LIBRARIES = "releng/org.glossa.libraries/pom.xml";
    /** A BOM stands for the artifact of the target that carries the same release number. */
    private static final Map<String, String> BOM_STANDS_FOR = Map.of("org.junit:junit-bom",
            "org.junit.jupiter:junit-jupiter");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        Map<String, String> target = versions(root.resolve(TARGET), "dependency");
        Element libraries = parse(root.resolve(LIBRARIES));
        Map<String, String> managed = versions(root.resolve(LIBRARIES), "dependency");
        managed.forEach((artifact, version) -> {
            String inTarget = target.get(BOM_STANDS_FOR.getOrDefault(artifact, artifact));
            if (inTarget != null && !inTarget.equals(version)) {
                problems.add(LIBRARIES + ": " + artifact + " " + version + ", but the target definition has "
                        + inTarget + " (" + TARGET + ")");
            }
        });
        try (Stream<Path> poms = Files.walk(root)) {
            for (Path pom : poms.filter(CheckVersions::isProjectPom).toList()) {
                String name = root.relativize(pom).toString();
                if (name.equals(LIBRARIES)) {
                    continue;
                }
                versions(pom, "dependency").forEach((artifact, version) -> {
                    if (target.containsKey(artifact) || managed.containsKey(artifact)) {
                        problems.add(name + ": " + artifact + " has its own version " + version
                                + "; take it from " + LIBRARIES);
                    }
                });
            }
        }
        String dependencyPlugin = pluginVersion(libraries, "maven-dependency-plugin");
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(root.resolve(".mvn/wrapper.properties"))) {
            wrapper.load(in);
        }
        String fetchPlugin = wrapper.getProperty("fetchPlugin", "");
        if (!fetchPlugin.endsWith(":" + dependencyPlugin)) {
            problems.add(".mvn/wrapper.properties: fetchPlugin=" + fetchPlugin + ", but " + LIBRARIES
                    + " has maven-dependency-plugin " + dependencyPlugin);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("check-versions: " + problem));
            System.exit(1);
        }
        System.out.println("check-versions: " + managed.size() + " library versions of " + LIBRARIES
                + " agree with the target definition, and no pom repeats one");
    }

    private static boolean isProjectPom(Path path) {
        String name = path.toString();
        return path.getFileName().toString().equals("pom.xml") && !name.contains("/target/") && !name.contains("/.git/")
                && !name.contains("/.mvn/");
    }

    /** groupId:artifactId to the literal version of every element named {@code element} that has one. */
    private static Map<String, String> versions(Path file, String element) throws Exception {
        Map<String, String> versions = new LinkedHashMap<>();
        NodeList nodes = parse(file).getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            String version = child(dependency, "version");
            if (version != null && !version.contains("${")) {
                versions.put(child(dependency, "groupId") + ":" + child(dependency, "artifactId"), version);
            }
        }
        return versions;
    }

    private static String pluginVersion(Element pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(child(plugin, "artifactId"))) {
                return child(plugin, "version");
            }
        }
        throw new IllegalStateException(LIBRARIES + " manages no " + artifactId);
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element parse(Path file) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
