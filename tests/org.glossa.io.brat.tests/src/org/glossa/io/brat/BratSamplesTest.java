package org.glossa.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Real brat files written by brat's authors and DKPro: they import, or fail with a precise error. */
class BratSamplesTest {
    private static final Pattern T_LINE = Pattern.compile("(T\\d+)\t\\S+ ([^\t]+)\t(.*)");

    @Test
    void theConll2002CorpusImportsWithEverySpan() throws Exception {
        Path folder = Fixtures.shared("samples").resolve("brat/nlplab-brat-conll2002-esp");
        List<ReadDocument> documents = read(folder, false);
        assertEquals(10, documents.size());
        assertEquals(540, documents.stream().mapToInt(d -> d.spans().size()).sum());
        for (ReadDocument document : documents) {
            assertSpansMatchTheirLines(document);
            assertTrue(document.metadata().isEmpty());
        }
    }

    @Test
    void filesWithoutEventsImportStrictly() throws Exception {
        Path samples = Fixtures.shared("samples").resolve("brat");
        // relations, an equivalence line (skipped with a warning) and trailing TABs
        ReadDocument relations = read(samples.resolve("nlplab-brat-news-tutorial/060-relation_annotation.ann"), false).get(0);
        assertFalse(relations.links().isEmpty());
        assertTrue(relations.metadata().get(BratFormat.WARNINGS).contains("equivalence lines (*) are not imported"));
        assertSpansMatchTheirLines(relations);
        // a discontinuous span across a line break becomes one span
        ReadDocument acrossLines = read(samples.resolve("dkpro-core-brat-test/document0c.ann"), true).get(0);
        assertSpansMatchTheirLines(acrossLines);
    }

    @Test
    void eventsAndDiscontinuousSpansWithTextBetweenFailPreciselyAndImportLeniently() throws Exception {
        Path samples = Fixtures.shared("samples").resolve("brat");
        List<Path> annFiles;
        try (Stream<Path> files = Files.walk(samples)) {
            annFiles = files.filter(f -> f.toString().endsWith(".ann")).sorted().toList();
        }
        int failed = 0;
        for (Path file : annFiles) {
            try {
                read(file, false);
            } catch (AnnotationImportException e) {
                failed++;
                assertEquals(file, e.file());
                assertTrue(e.line() > 0, e.getMessage());
                assertTrue(e.getMessage().contains("brat events (E lines) are not supported")
                        || e.getMessage().contains("has text between its fragments"), e.getMessage());
                assertTrue(Files.readAllLines(file).get(e.line() - 1).startsWith(e.getMessage().contains("events") ? "E" : "T"),
                        e.getMessage());
            }
            ReadDocument lenient = read(file, true).get(0);
            assertSpansMatchTheirLines(lenient);
        }
        assertEquals(8, failed, "news tutorial 000/080/100/110 and DKPro 0c/0d/1/event have events or inner gaps");
    }

    @Test
    void attributesNotesAndNormalizationsOfTheTutorialArrive() throws Exception {
        Path file = Fixtures.shared("samples").resolve("brat/nlplab-brat-news-tutorial/000-introduction.ann");
        ReadDocument document = read(file, true).get(0);
        assertTrue(document.spans().stream().anyMatch(s -> "true".equals(s.attributes().get("Individual"))));
        assertTrue(document.spans().stream().anyMatch(s -> s.attributes().containsKey("Mention")));
        assertTrue(document.spans().stream().anyMatch(s -> s.attributes().containsKey(BratAnnFile.NORMALIZATION)));
        assertTrue(document.spans().stream().anyMatch(s -> s.note() != null));
        assertEquals(2, document.links().size());
        assertThrows(AnnotationImportException.class, () -> read(file, false));
    }

    /** Every span's text in the document is what its T line says, fragments joined as brat joins them. */
    private static void assertSpansMatchTheirLines(ReadDocument document) throws IOException {
        List<String> lines = Files.readAllLines(document.file());
        for (ReadSpan span : document.spans()) {
            Matcher line = T_LINE.matcher(lines.get(span.line() - 1));
            assertTrue(line.matches(), lines.get(span.line() - 1));
            assertEquals(span.key(), line.group(1));
            String covered = document.text().substring(span.begin(), span.end());
            assertEquals(line.group(3), covered.replaceAll("\\s*\\n\\s*", " ").replace('\n', ' '),
                    document.file() + ":" + span.line());
        }
    }

    private static List<ReadDocument> read(Path path, boolean lenient) throws Exception {
        return new BratFormat(lenient).read(List.of(path), new NullProgressMonitor());
    }
}
