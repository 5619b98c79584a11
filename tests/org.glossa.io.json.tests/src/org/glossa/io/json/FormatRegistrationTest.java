package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The six formats are registered both ways: as DS components (OSGi) and for the ServiceLoader (plain Java). */
class FormatRegistrationTest {
    private static final List<FormatSupport> FORMATS = List.of(new SpansJsonlFormat(), new DoccanoFormat(),
            new HfJsonlFormat(), new QuotesJsonlFormat(), new ClaimsJsonlFormat(), new LabelStudioFormat());

    @Test
    void theRegistryTakesThemWithTheirIssueIds() {
        FormatRegistry registry = new FormatRegistry(FORMATS);
        assertEquals(List.of("doccano", "hf-jsonl", "quotes-jsonl", "claims-jsonl", "spans-jsonl").stream().sorted().toList(),
                registry.exporters().stream().map(FormatSupport::id).toList());
        assertEquals(List.of("doccano", "label-studio", "spans-jsonl"), registry.importers().stream().map(FormatSupport::id).toList());
        for (FormatSupport format : FORMATS) {
            assertFalse(format.name().isBlank());
            assertFalse(format.description().isBlank());
            assertFalse(format.offsetConvention().isBlank());
        }
    }

    @Test
    void serviceLoaderFindsEachFormat() {
        List<String> found = ServiceLoader.load(FormatSupport.class, SpansJsonlFormat.class.getClassLoader()).stream()
                .map(p -> p.type().getName()).filter(n -> n.startsWith("org.glossa.io.json.")).sorted().toList();
        assertEquals(FORMATS.stream().map(f -> f.getClass().getName()).sorted().toList(), found);
    }

    @Test
    void eachFormatHasItsComponentDescription() throws IOException {
        Path bundle = Fixtures.repositoryRoot().resolve("bundles/org.glossa.io.json");
        assertTrue(Files.readString(bundle.resolve("META-INF/MANIFEST.MF")).contains("Service-Component: OSGI-INF/*.xml"));
        for (FormatSupport format : FORMATS) {
            String name = format.getClass().getName();
            String xml = Files.readString(bundle.resolve("OSGI-INF/" + name + ".xml"));
            assertTrue(xml.contains("<implementation class=\"" + name + "\"/>"), name);
            assertTrue(xml.contains("<provide interface=\"org.glossa.core.format.FormatSupport\"/>"), name);
        }
    }
}
