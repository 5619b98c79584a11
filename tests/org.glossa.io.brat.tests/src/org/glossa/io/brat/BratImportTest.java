package org.glossa.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratImportTest {
    @TempDir
    Path temp;

    @Test
    void readsSpansLinksAttributesNotesAndNormalizations() throws Exception {
        String text = "😊 Kim met Lee in 𠮷野家.";
        Path ann = write("doc", text, """
                T1\tPER 2 5\tKim
                T2\tPER 10 13\tLee
                T3\tORG 17 20\t𠮷野家
                R1\tMet Arg1:T1 Arg2:T2\t
                A1\tMention T1 Name
                M2\tIndividual T2
                N1\tReference T3 Wikidata:Q123\tYoshinoya
                #1\tAnnotatorNotes T1\tchecked
                #2\tcanonical T1\tPark Ji-won
                """);
        ReadDocument document = read(ann).get(0);
        assertEquals("doc", document.id());
        assertEquals(text, document.text());
        assertEquals(ann, document.file());
        assertEquals(List.of("T1 PER Kim", "T2 PER Lee", "T3 ORG 𠮷野家"), describe(document));
        ReadSpan kim = document.spans().get(0);
        assertEquals(Map.of("Mention", "Name", "canonical", "Park Ji-won"), kim.attributes());
        assertEquals("checked", kim.note());
        assertEquals(1, kim.line());
        assertEquals(Map.of("Individual", "true"), document.spans().get(1).attributes());
        assertEquals(Map.of("normalization", "Wikidata:Q123"), document.spans().get(2).attributes());
        assertEquals(List.of(new ReadLink("Met", "T1", "T2", 4)), document.links());
        assertTrue(document.metadata().isEmpty());
    }

    @Test
    void attributesKeepTheFileOrder() throws Exception {
        List<String> names = List.of("Zeta", "Alpha", "Mu", "Beta", "Omega", "Kappa");
        StringBuilder lines = new StringBuilder("T1\tPER 0 3\tKim\n");
        for (int i = 0; i < names.size(); i++) {
            lines.append('A').append(i + 1).append('\t').append(names.get(i)).append(" T1 v").append(i).append('\n');
        }
        ReadSpan kim = read(write("order", "Kim spoke.", lines.toString())).get(0).spans().get(0);
        assertEquals(names, List.copyOf(kim.attributes().keySet()));
    }

    @Test
    void anEmptyAnnFileIsADocumentWithNothingToMark() throws Exception {
        Path ann = write("quiet", "Nothing happened in Busan today.", "");
        ReadDocument document = read(ann).get(0);
        assertEquals("quiet", document.id());
        assertTrue(document.spans().isEmpty());
        assertTrue(document.annotated(), "the annotator's file exists: nothing to mark, not 'not annotated'");
    }

    @Test
    void discontinuousSpansAcrossLineBreaksBecomeOneSpanOthersAreNotSupported() throws Exception {
        Path across = write("across", "Lee ran\nfast today.", "T1\tMove 4 7;8 12\tran fast\n");
        ReadSpan span = read(across).get(0).spans().get(0);
        assertEquals(4, span.begin());
        assertEquals(12, span.end());

        Path inside = write("inside", "Lee ran very fast.", "T1\tName 0 3\tLee\nT2\tMove 4 7;13 17\tran fast\nA1\tFlag T2\n");
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> read(inside));
        assertEquals(2, error.line());
        assertTrue(error.getMessage().startsWith(inside
                + ":2: discontinuous span \"ran fast\" has text between its fragments (\" very \")"), error.getMessage());
        ReadDocument lenient = readLeniently(inside).get(0);
        assertEquals(List.of("T1 Name Lee"), describe(lenient));
        assertEquals(2, lenient.metadata().get(BratFormat.WARNINGS).lines().count());
    }

    @Test
    void eventsAreAnErrorUnlessReadLeniently() throws Exception {
        Path ann = write("event", "\"We are late\" said Mina.", """
                T1\tSpeaker 19 23\tMina
                T2\tQuote 0 13\t"We are late"
                E1\tSpeaker:T1 Speak:T2
                A1\tNegation E1
                #1\tAnnotatorNotes E1\tan event
                R1\tRel Arg1:E1 Arg2:T2
                """);
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> read(ann));
        assertEquals(ann + ":3: brat events (E lines) are not supported: Glossa has spans and links, no events;"
                + " import leniently to skip such lines", error.getMessage());
        ReadDocument document = readLeniently(ann).get(0);
        assertEquals(List.of("T1 Speaker Mina", "T2 Quote \"We are late\""), describe(document));
        assertTrue(document.links().isEmpty());
        assertEquals(4, document.metadata().get(BratFormat.WARNINGS).lines().count());
    }

    @Test
    void equivalenceLinesAreSkippedWithAWarning() throws Exception {
        Path ann = write("equiv", "Jo and Joanne", "T1\tPerson 0 2\tJo\nT2\tPerson 7 13\tJoanne\n*\tAlias T1 T2\n");
        ReadDocument document = read(ann).get(0);
        assertEquals(2, document.spans().size());
        assertEquals(ann + ":3: equivalence lines (*) are not imported: \"Alias T1 T2\"", document.metadata().get(BratFormat.WARNINGS));
    }

    @Test
    void aTextThatDoesNotMatchIsAnErrorNamingFileAndLine() throws Exception {
        Path ann = write("doc", "Kim met Lee.", "T1\tPER 0 3\tKim\nT2\tPER 8 11\tLeo\n");
        assertEquals(ann + ":2: T2: the text \"Leo\" does not match doc.txt at 8 11, which holds \"Lee\"",
                assertThrows(AnnotationImportException.class, () -> read(ann)).getMessage());
    }

    @Test
    void malformedLinesAreErrorsNamingFileAndLine() throws Exception {
        assertError("T1 PER 0 3 Kim\n", ":1: no TAB after the annotation id");
        assertError("T1\tPER 0 3\tKim\nT1\tPER 8 11\tLee\n", ":2: id T1 is used twice (first on line 1)");
        assertError("T1\tPER 0 x\tKim\n", ":1: T1: \"x\" is not an offset");
        assertError("T1\tPER 0 30\tKim\n", ":1: T1: offset 30 is past the end of doc.txt (12 characters)");
        assertError("T1\tPER 0 3\tKim\nR1\tMet Arg1:T1 Arg2:T9\n", ":2: R1 refers to T9, which is not defined");
        assertError("T1\tPER 0 3\tKim\nA1\tX T1 a\nA2\tX T1 b\n", ":3: attribute X of T1 is given twice (first on line 2)");
        assertError("X1\tPER 0 3\tKim\n", ":1: unknown annotation kind 'X'");
    }

    @Test
    void aMissingTextFileIsNamed() throws Exception {
        Path ann = Files.writeString(temp.resolve("alone.ann"), "T1\tPER 0 3\tKim\n");
        assertEquals(ann + ": no text file alone.txt beside it",
                assertThrows(AnnotationImportException.class, () -> read(ann)).getMessage());
    }

    @Test
    void carriageReturnsAndByteOrderMarksAreCountedAsBratCountsThem() throws Exception {
        // brat under Python 3 counts \r\n as two characters; Glossa's text has \n
        Path twoCharacters = write("crlf2", "Kim left.\r\nLee came.", "T1\tPER 11 14\tLee\n");
        ReadDocument document = read(twoCharacters).get(0);
        assertEquals("Kim left.\nLee came.", document.text());
        assertEquals(List.of("T1 PER Lee"), describe(document));
        // files made where \r\n counted as one character read as well
        Path oneCharacter = write("crlf1", "Kim left.\r\nLee came.", "T1\tPER 10 13\tLee\n");
        assertEquals(List.of("T1 PER Lee"), describe(read(oneCharacter).get(0)));
        Path bom = write("bom", "\uFEFFKim left.", "T1\tPER 1 4\tKim\n");
        ReadDocument withoutBom = read(bom).get(0);
        assertEquals("Kim left.", withoutBom.text());
        assertEquals(List.of("T1 PER Kim"), describe(withoutBom));
    }

    @Test
    void missingReferenceTextIsAcceptedAsBratFillsItIn() throws Exception {
        Path ann = write("doc", "Kim met Lee.", "T1\tPER 0 3\nT2\tPER 8 11\tLee\textra\n");
        assertEquals(List.of("T1 PER Kim", "T2 PER Lee"), describe(read(ann).get(0)));
    }

    @Test
    void foldersAreSearchedAndTxtFilesLeadToTheirAnn() throws Exception {
        Path sub = Files.createDirectories(temp.resolve("corpus/train"));
        Files.writeString(sub.resolve("a.txt"), "Kim");
        Files.writeString(sub.resolve("a.ann"), "T1\tPER 0 3\tKim\n");
        Files.writeString(temp.resolve("corpus/annotation.conf"), "[entities]\nPER\n");
        assertEquals(List.of("a"), read(temp.resolve("corpus")).stream().map(ReadDocument::id).toList());
        assertEquals(List.of("a"), read(sub.resolve("a.txt")).stream().map(ReadDocument::id).toList());
        assertNull(read(sub.resolve("a.ann")).get(0).spans().get(0).note());
    }

    private void assertError(String ann, String expected) throws IOException {
        Path file = write("doc", "Kim met Lee.", ann);
        String message = assertThrows(AnnotationImportException.class, () -> read(file)).getMessage();
        assertTrue(message.startsWith(file + expected), message);
    }

    static List<String> describe(ReadDocument document) {
        return document.spans().stream().map(s -> s.key() + " " + s.type() + " " + document.text().substring(s.begin(), s.end()))
                .toList();
    }

    private Path write(String name, String text, String ann) throws IOException {
        Files.writeString(temp.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        return Files.writeString(temp.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
    }

    private static List<ReadDocument> read(Path path) throws Exception {
        return new BratFormat().read(List.of(path), new NullProgressMonitor());
    }

    private static List<ReadDocument> readLeniently(Path path) throws Exception {
        return new BratFormat(true).read(List.of(path), new NullProgressMonitor());
    }
}
