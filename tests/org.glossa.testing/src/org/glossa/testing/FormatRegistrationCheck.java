package org.glossa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.w3c.dom.Element;

/**
 * Checks a format bundle's registration: its Declarative Services components (one hand-written XML per format)
 * and its {@link java.util.ServiceLoader} list name the same classes, and those formats have the expected ids
 * and directions.
 */
public final class FormatRegistrationCheck {
    private FormatRegistrationCheck() {
    }

    /**
     * @param bundleName the bundle folder under bundles/, e.g. {@code org.glossa.io.brat}
     * @param anchor     a class of the bundle (its class loader loads the formats)
     * @param expected   e.g. {@code brat=export+import,conll=export+import}
     */
    public static void check(String bundleName, Class<?> anchor, String expected) throws Exception {
        Path bundle = Fixtures.repositoryRoot().resolve("bundles/" + bundleName);
        assertTrue(Files.readString(bundle.resolve("META-INF/MANIFEST.MF")).contains("\nService-Component: OSGI-INF/*.xml\n"));
        List<String> components = new ArrayList<>();
        try (Stream<Path> files = Files.list(bundle.resolve("OSGI-INF"))) {
            for (Path file : files.sorted().toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
                String implementation = ((Element) root.getElementsByTagName("implementation").item(0)).getAttribute("class");
                assertEquals(implementation, root.getAttribute("name"));
                assertEquals(FormatSupport.class.getName(),
                        ((Element) root.getElementsByTagName("provide").item(0)).getAttribute("interface"));
                assertEquals(implementation + ".xml", file.getFileName().toString());
                components.add(implementation);
            }
        }
        List<String> services = Files.readAllLines(bundle.resolve("META-INF/services/" + FormatSupport.class.getName())).stream()
                .filter(l -> !l.isBlank()).sorted().toList();
        assertEquals(components, services);

        List<FormatSupport> formats = new ArrayList<>();
        for (String name : components) {
            formats.add((FormatSupport) Class.forName(name, true, anchor.getClassLoader()).getConstructor().newInstance());
        }
        FormatRegistry registry = new FormatRegistry(formats);
        assertEquals(expected, registry.all().stream()
                .map(f -> f.id() + "=" + (f.canExport() ? "export" : "") + (f.canExport() && f.canImport() ? "+" : "")
                        + (f.canImport() ? "import" : ""))
                .collect(Collectors.joining(",")));
        for (FormatSupport format : formats) {
            assertTrue(!format.name().isBlank() && !format.description().isBlank(), format.id());
        }
    }
}
