package org.glossa.io.brat;

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
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The bundle registers its formats as Declarative Services components (one hand-written XML each) and lists
 * the same classes for {@link java.util.ServiceLoader} outside OSGi.
 */
class BratRegistrationTest {
    private static final String EXPECTED = "brat=export+import";

    @Test
    void componentsAndServiceListNameTheSameFormats() throws Exception {
        Path bundle = Fixtures.repositoryRoot().resolve("bundles/org.glossa.io.brat");
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
            formats.add((FormatSupport) Class.forName(name).getConstructor().newInstance());
        }
        FormatRegistry registry = new FormatRegistry(formats);
        assertEquals(EXPECTED, registry.all().stream()
                .map(f -> f.id() + "=" + (f.canExport() ? "export" : "") + (f.canExport() && f.canImport() ? "+" : "")
                        + (f.canImport() ? "import" : ""))
                .collect(Collectors.joining(",")));
        for (FormatSupport format : formats) {
            assertTrue(!format.name().isBlank() && !format.description().isBlank(), format.id());
        }
    }
}
