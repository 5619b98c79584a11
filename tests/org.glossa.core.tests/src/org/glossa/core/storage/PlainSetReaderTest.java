package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.files.FileErrors;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainSetReader} builds exactly the objects EMF's XMI loader builds from every set file Glossa writes
 * (compared with {@link EcoreUtil#equals}: every feature, every link target), and declines every file outside that
 * plain form, which EMF then accepts or refuses with its own message, as before.
 */
class PlainSetReaderTest {
    /** Every character class a value can hold: markup, quotes, line breaks, tabs, Korean, Chinese, beyond the BMP. */
    private static final String AWKWARD = "a < b & c > \"d\" 'e'\nline\r\ttab 서울에서 北京 \uD83D\uDE00 \u0085\u2028 ]]> &amp;";

    @TempDir
    Path dir;

    @Test
    void everyFeatureOfSavedSetsReadsAsEmfReadsIt() throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "plain", NewsSchema.create());
        String unit = "Seoul 서울에서 said \uD83D\uDE00 the minister. ";
        String text = unit.repeat(400);
        Document document = ProjectStoreTest.addDocument(store, "doc", text);
        Random random = new Random(5);
        for (String annotator : List.of("alice", ProjectLayout.GOLD, "bob")) {
            AnnotationSet set = store.annotations(document, annotator);
            List<SpanAnnotation> entities = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int begin = unit.length() * random.nextInt(400); // "Seoul"
                SpanAnnotation entity = Spans.add(set, NewsSchema.ENTITY, i % 2 == 0 ? "PER" : "ORG", begin, begin + 5,
                        annotator, Origin.values()[i % Origin.values().length]);
                if (i % 4 == 0) {
                    entity.getAttributes().put("canonical", AWKWARD + i);
                }
                entities.add(entity);
            }
            for (int q = 0; q < 40; q++) {
                SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", q * unit.length(), (q + 1) * unit.length() - 1, annotator, Origin.MANUAL);
                quote.getAttributes().put("type", q % 2 == 0 ? "direct" : "indirect");
                quote.setNote(q % 3 == 0 ? AWKWARD : "");
                // targets before and after the quote in the file (forward references)
                Spans.link(quote, NewsSchema.SPEAKER, entities.get(random.nextInt(entities.size())));
                Spans.link(quote, NewsSchema.SPEAKER, entities.get(entities.size() - 1 - q));
            }
            entities.get(0).setNote("");
            entities.get(1).setCreatedBy(AWKWARD);
            set.setStatus(AnnotationStatus.values()[annotator.length() % AnnotationStatus.values().length]);
        }
        store.annotations(store.addDocument(newDocument("empty"), "nothing here"), "carol").setStatus(AnnotationStatus.FINISHED);
        store.save();

        int files = 0;
        for (Path file : setFiles(dir.resolve("p"))) {
            byte[] bytes = Files.readAllBytes(file);
            AnnotationSet plain = PlainSetReader.read(bytes);
            assertNotNull(plain, file + " is in the plain form Glossa writes");
            assertTrue(EcoreUtil.equals(emf(bytes), plain), file.toString());
            files++;
        }
        assertEquals(4, files);
    }

    @Test
    void linksResolveToTheirSpansInLargeSets() throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "links", NewsSchema.create());
        Document document = ProjectStoreTest.addDocument(store, "long", "word ".repeat(40_000));
        AnnotationSet set = store.annotations(document, "alice");
        for (int i = 0; i < 20_000; i++) {
            Spans.add(set, NewsSchema.ENTITY, "PER", i * 10, i * 10 + 4, "alice", Origin.MANUAL);
        }
        for (int q = 0; q < 2_000; q++) {
            SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", q * 100, q * 100 + 9, "alice", Origin.MANUAL);
            Spans.link(quote, NewsSchema.SPEAKER, set.getSpans().get((q * 7_919) % 20_000));
        }
        store.save();
        byte[] bytes = Files.readAllBytes(store.layout().annotationFile("long", "alice"));
        AnnotationSet plain = PlainSetReader.read(bytes);
        assertNotNull(plain);
        assertTrue(EcoreUtil.equals(emf(bytes), plain));
        for (int q = 0; q < 2_000; q++) {
            SpanAnnotation quote = plain.getSpans().get(20_000 + q);
            assertEquals(set.getSpans().get((q * 7_919) % 20_000).getId(), quote.getLinks().get(0).getTarget().getId());
        }
    }

    /**
     * Files outside the plain form, hostile or merely unusual: the plain reader declines each, and the store reads
     * them exactly as EMF does, refusing with EMF's message where EMF refuses.
     */
    @Test
    void everythingElseIsLeftToEmfWhichAcceptsOrRefusesAsBefore() throws Exception {
        Path project = dir.resolve("p");
        ProjectStore store = ProjectStore.create(project, "odd", NewsSchema.create());
        String text = "Kim said the bridge will reopen in May, the minister said.";
        Document document = ProjectStoreTest.addDocument(store, "doc", text);
        AnnotationSet set = store.annotations(document, "alice");
        SpanAnnotation kim = Spans.add(set, NewsSchema.ENTITY, "PER", 0, 3, "alice", Origin.MANUAL);
        SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", 9, 38, "alice", Origin.MANUAL);
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        store.save();
        store.close();
        Path file = store.layout().annotationFile("doc", "alice");
        String saved = Files.readString(file);
        assertNotNull(PlainSetReader.read(saved.getBytes(StandardCharsets.UTF_8)));

        Map<String, byte[]> odd = new LinkedHashMap<>();
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        odd.put("external entity", utf8(saved.replace(declaration, declaration
                + "\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>").replace("label=\"PER\"", "label=\"&e;\"")));
        odd.put("internal entity", utf8(saved.replace(declaration, declaration + "\n<!DOCTYPE x [<!ENTITY e \"PER\">]>")
                .replace("label=\"PER\"", "label=\"&e;\"")));
        odd.put("undefined entity", utf8(saved.replace("label=\"PER\"", "label=\"&nbsp;\"")));
        odd.put("illegal character reference", utf8(saved.replace("label=\"PER\"", "label=\"&#0;\"")));
        odd.put("comment", utf8(saved.replace("<spans ", "<!-- hello --><spans ")));
        odd.put("processing instruction", utf8(saved.replace("<spans ", "<?glossa x?><spans ")));
        odd.put("CDATA", utf8(saved.replace("</glossa:AnnotationSet>", "<![CDATA[x]]></glossa:AnnotationSet>")));
        odd.put("text content", utf8(saved.replace("</glossa:AnnotationSet>", "hello</glossa:AnnotationSet>")));
        odd.put("unknown feature", utf8(saved.replace("label=\"PER\"", "label=\"PER\" colour=\"red\"")));
        odd.put("unknown element", utf8(saved.replace("</glossa:AnnotationSet>", "<remark/></glossa:AnnotationSet>")));
        odd.put("feature as element", utf8(saved.replace("</glossa:AnnotationSet>",
                "<annotator>bob</annotator></glossa:AnnotationSet>")));
        odd.put("repeated attribute", utf8(saved.replace("label=\"PER\"", "label=\"PER\" label=\"ORG\"")));
        odd.put("signed number", utf8(saved.replace("begin=\"9\"", "begin=\"+9\"")));
        odd.put("leading zero", utf8(saved.replace("begin=\"9\"", "begin=\"09\"")));
        odd.put("not a number", utf8(saved.replace("begin=\"9\"", "begin=\"nine\"")));
        odd.put("huge number", utf8(saved.replace("begin=\"9\"", "begin=\"99999999999\"")));
        odd.put("unknown origin", utf8(saved.replace("label=\"PER\"", "label=\"PER\" origin=\"robot\"")));
        odd.put("gold as yes", utf8(saved.replace("annotator=\"alice\"", "annotator=\"alice\" gold=\"yes\"")));
        odd.put("link to a missing span", utf8(saved.replace("target=\"#s1\"", "target=\"#s99\"")));
        odd.put("link to another file", utf8(saved.replace("target=\"#s1\"", "target=\"other.xmi#s1\"")));
        odd.put("link by path", utf8(saved.replace("target=\"#s1\"", "target=\"#//@spans.0\"")));
        odd.put("single quotes", utf8(saved.replace("label=\"PER\"", "label='PER'")));
        odd.put("raw line break in a value", utf8(saved.replace("label=\"PER\"", "label=\"P\nER\"")));
        odd.put("xmi prefix undeclared", utf8(saved.replace(" xmlns:xmi=\"http://www.omg.org/XMI\"", "")));
        odd.put("another namespace", utf8(saved.replace("http://glossa.org/model/1.0", "http://example.org/other")));
        odd.put("truncated", utf8(saved.substring(0, saved.length() / 2)));
        odd.put("trailing markup", utf8(saved + "<more/>"));
        odd.put("byte order mark", utf8("\uFEFF" + saved));
        odd.put("empty file", new byte[0]);
        byte[] notUtf8 = utf8(saved.replace("label=\"PER\"", "label=\"P_R\""));
        notUtf8[new String(notUtf8, StandardCharsets.ISO_8859_1).indexOf("P_R") + 1] = (byte) 0xFF;
        odd.put("not UTF-8", notUtf8);

        int refused = 0;
        for (Map.Entry<String, byte[]> variant : odd.entrySet()) {
            String what = variant.getKey();
            assertFalse(Arrays.equals(variant.getValue(), utf8(saved)), what + ": changed");
            assertNull(PlainSetReader.read(variant.getValue()), what + ": declined");
            Files.write(file, variant.getValue());
            ProjectStore reader = ProjectStore.open(project);
            Document loaded = reader.document("doc").orElseThrow();
            EObject expected;
            try {
                expected = SecureXmi.load(SecureXmi.newResource(URI.createFileURI(file.toString())),
                        new ByteArrayInputStream(variant.getValue()));
            } catch (IOException | RuntimeException e) {
                DamagedFileException thrown = assertThrows(DamagedFileException.class, () -> reader.annotations(loaded, "alice"),
                        what);
                // the message EMF's refusal always gave
                assertTrue(thrown.getMessage().endsWith("cannot be read: " + FileErrors.rootReason(e)),
                        what + ": " + thrown.getMessage() + " / " + e.getMessage());
                refused++;
                continue;
            }
            AnnotationSet actual;
            try {
                actual = reader.annotations(loaded, "alice");
            } catch (DamagedFileException e) {
                // EMF read it, and then validation refused it: both paths validate alike
                assertTrue(e.getMessage().contains("invalid annotations") || e.getMessage().contains("belongs to"), what + ": " + e);
                continue;
            }
            assertTrue(EcoreUtil.equals(expected, actual), what);
        }
        assertTrue(refused >= 15, "most odd files are refused by EMF: " + refused);
    }

    private static EObject emf(byte[] bytes) throws IOException {
        return SecureXmi.load(SecureXmi.newResource(URI.createFileURI("/tmp/x.xmi")), new ByteArrayInputStream(bytes));
    }

    private static Document newDocument(String id) {
        Document document = org.glossa.model.GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setContentHash(org.glossa.text.ContentHash.of("nothing here"));
        document.setBodyBegin(0);
        document.setBodyEnd("nothing here".length());
        return document;
    }

    private static List<Path> setFiles(Path project) throws IOException {
        try (var files = Files.walk(project.resolve("annotations"))) {
            return files.filter(f -> f.toString().endsWith(".xmi")).sorted().toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
