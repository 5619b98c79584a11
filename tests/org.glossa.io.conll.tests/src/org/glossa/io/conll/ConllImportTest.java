package org.glossa.io.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllImportTest {
    @TempDir
    Path temp;

    @Test
    void rebuildsTheTextWithSpacesAndLineBreaksAndSplitsDocuments() throws Exception {
        Path file = write("train.conll", """
                -DOCSTART- -X- O O

                Kim -X- _ B-PER
                met -X- _ O
                Lee -X- _ B-PER
                Park -X- _ I-PER
                . -X- _ O

                Then -X- _ O
                Seoul -X- _ B-LOC

                -DOCSTART- -X- O O

                Busan -X- _ B-LOC
                """);
        List<ReadDocument> documents = read(file);
        assertEquals(List.of("train-1", "train-2"), documents.stream().map(ReadDocument::id).toList());
        ReadDocument first = documents.get(0);
        assertEquals("Kim met Lee Park .\nThen Seoul", first.text());
        assertEquals(List.of("PER Kim", "PER Lee Park", "LOC Seoul"), describe(first));
        assertEquals(List.of("T1", "T2", "T3"), first.spans().stream().map(ReadSpan::key).toList());
        assertEquals(5, first.spans().get(1).line());
        assertEquals(file, first.file());
        assertEquals("Busan", documents.get(1).text());
    }

    @Test
    void aDocumentTaggedAllOutsideIsAnnotatedWithNoSpans() throws Exception {
        Path file = write("quiet.conll", """
                -DOCSTART- -X- O O

                Nothing -X- _ O
                here -X- _ O

                -DOCSTART- -X- O O

                Busan -X- _ B-LOC
                """);
        List<ReadDocument> documents = read(file);
        assertEquals("Nothing here", documents.get(0).text());
        assertTrue(documents.get(0).spans().isEmpty());
        assertTrue(documents.get(0).annotated(), "all O says: nothing to mark here");
        assertEquals(1, documents.get(1).spans().size());
    }

    @Test
    void decodesIob1Iob2BioesAndBilou() throws Exception {
        String iob1 = "A x I-PER\nB x I-PER\nC x B-PER\nD x O\nE x I-LOC\nF x I-ORG\n";
        String iob2 = "A x B-PER\nB x I-PER\nC x B-PER\nD x O\nE x B-LOC\nF x B-ORG\n";
        String bioes = "A x B-PER\nB x E-PER\nC x S-PER\nD x O\nE x S-LOC\nF x S-ORG\n";
        String bilou = "A x B-PER\nB x L-PER\nC x U-PER\nD x O\nE x U-LOC\nF x U-ORG\n";
        for (String content : List.of(iob1, iob2, bioes, bilou)) {
            ReadDocument document = read(write("file.iob", content)).get(0);
            assertEquals("A B C D E F", document.text());
            assertEquals(List.of("PER A B", "PER C", "LOC E", "ORG F"), describe(document), content);
        }
    }

    @Test
    void anInsideTagAfterOutsideOrAnotherTypeStartsASpan() throws Exception {
        ReadDocument document = read(write("slips.iob", "A x O\nB x I-PER\nC x I-LOC\nD x E-PER\n")).get(0);
        assertEquals(List.of("PER B", "LOC C", "PER D"), describe(document));
    }

    @Test
    void aFileWithoutDocstartIsOneDocumentNamedAfterTheFile() throws Exception {
        List<ReadDocument> documents = read(write("news.conll", "Kim PER\n\nLee O\n".replace("PER", "B-PER")));
        assertEquals(1, documents.size());
        assertEquals("news", documents.get(0).id());
        assertEquals("Kim\nLee", documents.get(0).text());
    }

    @Test
    void errorsNameFileAndLine() throws Exception {
        Path unknownPrefix = write("bad.conll", "Kim x B-PER\nmet x Q-PER\n");
        AnnotationImportException prefix = assertThrows(AnnotationImportException.class, () -> read(unknownPrefix));
        assertEquals(unknownPrefix + ":2: invalid tag \"Q-PER\": expected O, or B-, I-, E-, S-, L- or U- followed by a type",
                prefix.getMessage());
        assertEquals(2, prefix.line());

        Path columns = write("columns.conll", "-DOCSTART- -X- O O\n\nKim -X- _ B-PER\nmet O\n");
        assertEquals(columns + ":4: 2 columns where the file's first token line (line 3) has 4 (space-separated)",
                assertThrows(AnnotationImportException.class, () -> read(columns)).getMessage());

        Path oneColumn = write("one.conll", "Kim\n");
        assertTrue(assertThrows(AnnotationImportException.class, () -> read(oneColumn)).getMessage()
                .startsWith(oneColumn + ":1: one column"));

        Path latin1 = temp.resolve("latin1.conll");
        Files.write(latin1, "Kim O\nStra\u00dfe O\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ":2: not valid UTF-8 (byte 0xDF); save the file as UTF-8",
                assertThrows(AnnotationImportException.class, () -> read(latin1)).getMessage());
    }

    @Test
    void aHashTokenIsATokenButGermEvalCommentsAreSkipped() throws Exception {
        ReadDocument hash = read(write("hash.conll", "# NN I-NP O\nKim NNP I-NP I-PER\n")).get(0);
        assertEquals("# Kim", hash.text());
        ReadDocument germEval = read(write("germ.tsv", "#\tsource [2009]\n1\tIn\tO\tO\n2\tBad\tB-LOC\tO\n3\tEms\tI-LOC\tB-LOC\n")).get(0);
        assertEquals("In Bad Ems", germEval.text());
        assertEquals(List.of("LOC Bad Ems", "LOC Ems"), describe(germEval));
    }

    @Test
    void foldersAreReadFileByFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.writeString(folder.resolve("b.conll"), "Lee B-PER\n");
        Files.writeString(folder.resolve("a.iob"), "Kim B-PER\n");
        Files.writeString(folder.resolve("notes.md"), "not a token file\n");
        assertEquals(List.of("a", "b"), read(folder).stream().map(ReadDocument::id).toList());
    }

    // Real files written by other tools: they import, and every span covers the tokens its tags mark.

    @Test
    void openNlpConll2003SamplesImport() throws Exception {
        Path samples = Fixtures.shared("samples");
        assertConsistent(samples.resolve("conll2003/opennlp/conll2003-en.sample"), 4);
        assertConsistent(samples.resolve("conll2003/opennlp/conll2003-de.sample"), 5);
        assertConsistent(samples.resolve("conll2003/dkpro-core/en-orig.conll"), 4);
        assertConsistent(samples.resolve("conll2003/spacy/ner-token-per-line-conll2003.iob"), 4);
    }

    @Test
    void conll2002AndTwoColumnSamplesImport() throws Exception {
        Path samples = Fixtures.shared("samples");
        assertConsistent(samples.resolve("conll2002-iob2/opennlp/conll2002-es.sample"), 3);
        assertConsistent(samples.resolve("conll2002-iob2/opennlp/conll2002-nl.sample"), 3);
        assertConsistent(samples.resolve("conll2002-iob2/dkpro-core/ner2002_test.conll"), 2);
        assertConsistent(samples.resolve("conll2002-iob2/doccano/example.conll"), 2);
    }

    @Test
    void spacyTokenAndSentencePerLineSamplesImportAlike() throws Exception {
        Path spacy = Fixtures.shared("samples").resolve("spacy/ner_example_data");
        assertConsistent(spacy.resolve("ner-token-per-line.iob"), 2);
        assertConsistent(spacy.resolve("ner-token-per-line-with-pos.iob"), 3);
        List<String> tokenPerLine = describe(read(spacy.resolve("ner-token-per-line.iob")).get(0));
        ReadDocument sentencePerLine = read(spacy.resolve("ner-sent-per-line.iob")).get(0);
        assertEquals(tokenPerLine, describe(sentencePerLine));
        assertEquals(Files.readAllLines(spacy.resolve("ner-sent-per-line.iob")).stream().filter(l -> !l.isBlank()).count(),
                sentencePerLine.text().lines().count());
    }

    @Test
    void sentencePerLineTokensNeedAWordAndATag() throws Exception {
        Path file = write("pipes.iob", "Kim|B-PER met|O\n|O Lee|B-PER\n");
        assertEquals(file + ":2: \"|O\" is not word|TAG or word|POS|TAG",
                assertThrows(AnnotationImportException.class, () -> read(file)).getMessage());
    }

    @Test
    void doccanosDoubleSpacedExampleImports() throws Exception {
        // doccano's own importer splits at TABs and rejects this file; columns separated by spaces are read here
        Path file = Fixtures.shared("samples").resolve("conll2002-iob2/doccano/example.txt");
        assertConsistent(file, 2);
        assertTrue(read(file).get(0).spans().size() > 0);
    }

    @Test
    void germEvalSampleImportsBothTagColumnsAsNestedSpans() throws Exception {
        Path file = Fixtures.shared("samples").resolve("conll2002-iob2/dkpro-core/germeval2014_test.conll");
        ReadDocument document = read(file).get(0);
        List<String> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int column : new int[] { 2, 3 }) {
            expected.addAll(chunksOfColumn(lines, 1, column));
        }
        assertEquals(expected.stream().sorted().toList(), describe(document).stream().sorted().toList());
        assertTrue(document.spans().stream().anyMatch(outer -> document.spans().stream().anyMatch(inner -> inner != outer
                && inner.begin() >= outer.begin() && inner.end() <= outer.end())), "no nested spans");
    }

    /** The file imports, and its spans are exactly the chunks an independent reading of the tag column finds. */
    private void assertConsistent(Path file, int columns) throws Exception {
        List<ReadDocument> documents = read(file);
        assertTrue(!documents.isEmpty(), file.toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> expected = chunksOfColumn(lines, 0, columns - 1);
        List<String> actual = documents.stream().flatMap(d -> describe(d).stream()).toList();
        assertEquals(expected, actual, file.toString());
        for (ReadDocument document : documents) {
            assertNull(document.spans().stream().filter(s -> s.begin() >= s.end()).findAny().orElse(null));
        }
    }

    /**
     * "TYPE tokens" of every chunk, read straight from the lines: a chunk starts at B-/S-/U-, or at I-/E-/L- not
     * continuing the previous token's type, and ends at a blank line, -DOCSTART-, O, or a new start.
     */
    private static List<String> chunksOfColumn(List<String> lines, int tokenColumn, int tagColumn) {
        List<String> chunks = new ArrayList<>();
        String type = null;
        StringBuilder tokens = new StringBuilder();
        for (String line : lines) {
            String[] fields = line.strip().split(line.contains("\t") ? "\t" : " +");
            boolean boundary = line.isBlank() || line.startsWith("-DOCSTART-") || line.startsWith("#");
            String tag = boundary ? "O" : fields[tagColumn];
            String tagType = tag.equals("O") ? null : tag.substring(2);
            char prefix = tag.charAt(0);
            boolean continues = type != null && type.equals(tagType) && "IEL".indexOf(prefix) >= 0;
            if (!continues && type != null) {
                chunks.add(type + " " + tokens);
                type = null;
            }
            if (tagType != null) {
                if (continues) {
                    tokens.append(' ').append(fields[tokenColumn]);
                } else {
                    type = tagType;
                    tokens = new StringBuilder(fields[tokenColumn]);
                }
                if ("ELSU".indexOf(prefix) >= 0) {
                    chunks.add(type + " " + tokens);
                    type = null;
                }
            }
        }
        if (type != null) {
            chunks.add(type + " " + tokens);
        }
        return chunks;
    }

    private static List<String> describe(ReadDocument document) {
        return document.spans().stream().map(s -> s.type() + " " + document.text().substring(s.begin(), s.end())).toList();
    }

    private List<ReadDocument> read(Path file) throws Exception {
        return new ConllFormat().read(List.of(file), new NullProgressMonitor());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }
}
