package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.cli.CliTest.Result;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.storage.AtomicFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reliability probe's cases through the command line, on a real project of three documents annotated by r1
 * and r2: {@code check} names each damaged file with the reason, {@code check --repair} does the safe thing, and
 * list, stats, agree, adjudicate and export never use a damaged document silently.
 */
class DamagedProjectCommandsTest {
    private static final String MEETING = "Kim Lee met Park Sun in Seoul on Monday.";
    private static final String REPORT = "Acme Corp shares fell in Berlin.";
    /** The emoji is two UTF-16 units, 6 and 7. */
    private static final String PARTY = "Party 🎉 at Lotte Hotel in Seoul.";

    @TempDir
    Path dir;
    Path project;

    static Result glossa(String... args) {
        return Result.of(new FormatRegistry(List.of(new PipeFormat())), args);
    }

    /** {@code TYPE BEGIN END} of the first occurrence of {@code part}. */
    private static String span(String text, String label, String part) {
        int begin = text.indexOf(part);
        assertTrue(begin >= 0, part);
        return label + " " + begin + " " + (begin + part.length());
    }

    private void importPipe(String annotator, String... lines) throws IOException {
        Path input = Files.writeString(dir.resolve(annotator + ".pipe"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Result imported = glossa("annotations", "import", project.toString(), "--annotator", annotator, "--format", "pipe",
                input.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    @BeforeEach
    void createProject() throws IOException {
        project = dir.resolve("project");
        assertEquals(0, glossa("init", project.toString()).code());
        importPipe("r1", "meeting|" + MEETING + "|" + span(MEETING, "PER", "Kim Lee") + ";" + span(MEETING, "GPE", "Seoul"),
                "report|" + REPORT + "|" + span(REPORT, "ORG", "Acme Corp") + ";" + span(REPORT, "GPE", "Berlin"),
                "party|" + PARTY + "|" + span(PARTY, "ORG", "Lotte Hotel") + ";" + span(PARTY, "GPE", "Seoul"));
        importPipe("r2", "meeting|" + MEETING + "|" + span(MEETING, "PER", "Kim Lee") + ";" + span(MEETING, "PER", "Seoul"),
                "report|" + REPORT + "|" + span(REPORT, "ORG", "Acme Corp") + ";" + span(REPORT, "GPE", "Berlin"),
                "party|" + PARTY + "|" + span(PARTY, "ORG", "Lotte Hotel") + ";" + span(PARTY, "GPE", "Seoul"));
        Result check = glossa("check", project.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("no problems: 3 documents, 6 annotation sets checked"), check.out());
    }

    private Path file(String relative) {
        return project.resolve(relative);
    }

    /** check exits 1 and names the file with the reason. */
    private Result checkNames(String relative, String reason) {
        Result check = glossa("check", project.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains(file(relative) + ": " + reason), check.out());
        return check;
    }

    /** check --repair, then a second check is clean. */
    private Result repairsToClean() {
        Result repair = glossa("check", project.toString(), "--repair");
        assertEquals(0, repair.code(), repair.out() + repair.err());
        assertTrue(repair.out().contains("repaired "), repair.out());
        Result again = glossa("check", project.toString());
        assertEquals(0, again.code(), again.out());
        return repair;
    }

    /** list and stats exit 0 but name the file and point at glossa check; stats' JSON lists it. */
    private void reportsName(String relative, int problems) throws IOException {
        String named = file(relative).toString();
        String summary = problems + (problems == 1 ? " problem" : " problems") + ": run glossa check " + project;
        Result list = glossa("list", project.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.err().contains(named), list.err());
        assertTrue(list.err().contains(summary), list.err());
        Result stats = glossa("stats", project.toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.err().contains(summary), stats.err());
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(stats.out()).get("problems").forEach(p -> files.add(p.get("file").asText()));
        assertTrue(files.contains(named.replace('\\', '/')), files.toString());
    }

    /** agree and adjudicate refuse, naming the document and the file; nothing is written. */
    private void agreeAndAdjudicateRefuse(String document, String relative) {
        Result agree = glossa("agree", project.toString(), "--json");
        assertEquals(1, agree.code(), agree.out());
        assertTrue(agree.err().contains(document + " (" + file(relative)), agree.err());
        assertTrue(agree.err().contains("--skip-damaged"), agree.err());
        assertEquals("", agree.out());
        Result adjudicate = glossa("adjudicate", project.toString(), "--auto");
        assertEquals(1, adjudicate.code(), adjudicate.out());
        assertTrue(adjudicate.err().contains(document + " (" + file(relative)), adjudicate.err());
        assertEquals(List.of(), gold(), "no gold written from the remaining annotators");
    }

    /** With --skip-damaged they leave the document out, say so, and use the others. */
    private void skipDamagedLeavesOut(String document) throws IOException {
        Result agree = glossa("agree", project.toString(), "--json", "--skip-damaged");
        assertEquals(0, agree.code(), agree.err());
        assertTrue(agree.err().contains("skipped 1 damaged document: " + document), agree.err());
        List<String> compared = new ArrayList<>();
        new ObjectMapper().readTree(agree.out()).get("documents").forEach(d -> compared.add(d.asText()));
        assertFalse(compared.contains(document), compared.toString());
        assertEquals(2, compared.size(), compared.toString());
        Result adjudicate = glossa("adjudicate", project.toString(), "--auto", "--skip-damaged");
        assertEquals(0, adjudicate.code(), adjudicate.err());
        assertTrue(adjudicate.err().contains("skipped 1 damaged document: " + document), adjudicate.err());
        assertEquals(2, gold().size(), gold().toString());
        assertFalse(Files.exists(file("annotations/" + document + "/gold.xmi")));
    }

    /** export refuses naming the document and the file, and writes nothing. */
    private void exportRefuses(String document, String relative) {
        Path out = dir.resolve("dataset");
        Result export = glossa("export", project.toString(), "--format", "pipe", "--source", "r1", "--out", out.toString());
        assertEquals(1, export.code(), export.out());
        assertTrue(export.err().contains("document '" + document + "' is damaged: " + file(relative)), export.err());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(List.of(out.getParent().resolve("project"), dir.resolve("r1.pipe"), dir.resolve("r2.pipe")),
                entries(dir), "no staging folder left");
    }

    private List<Path> gold() {
        try (Stream<Path> files = Files.walk(file("annotations"))) {
            return files.filter(f -> f.getFileName().toString().equals("gold.xmi")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDeletedText() throws IOException {
        Files.delete(file("texts/meeting.txt"));
        checkNames("texts/meeting.txt", "is missing");
        reportsName("texts/meeting.txt", 1);
        agreeAndAdjudicateRefuse("meeting", "texts/meeting.txt");
        exportRefuses("meeting", "texts/meeting.txt");
        Result repair = glossa("check", project.toString(), "--repair");
        assertEquals(1, repair.code(), "a missing text cannot be repaired: " + repair.out());
        assertTrue(repair.out().contains("what to do: restore it from a backup"), repair.out());
        skipDamagedLeavesOut("meeting");
    }

    @Test
    void aChangedByteInAText() throws IOException {
        Path text = file("texts/report.txt");
        byte[] bytes = Files.readAllBytes(text);
        bytes[bytes.length - 3] = 'X'; // "Berlin." becomes "BerlXn.": same length
        Files.write(text, bytes);
        checkNames("texts/report.txt", "differs from the imported text (hash mismatch, same length)");
        reportsName("texts/report.txt", 1);
        agreeAndAdjudicateRefuse("report", "texts/report.txt");
        exportRefuses("report", "texts/report.txt");
        assertEquals(1, glossa("check", project.toString(), "--repair").code());
        assertArrayEquals(bytes, Files.readAllBytes(text), "the text is never \"fixed\"");
        skipDamagedLeavesOut("report");
    }

    @Test
    void anEmptySet() throws IOException {
        Files.write(file("annotations/meeting/r2.xmi"), new byte[0]);
        checkNames("annotations/meeting/r2.xmi", "is empty (0 bytes)");
        reportsName("annotations/meeting/r2.xmi", 1);
        agreeAndAdjudicateRefuse("meeting", "annotations/meeting/r2.xmi");
        // r1's export refuses too: its dataset card gives the agreement on the exported documents, from every set.
        exportRefuses("meeting", "annotations/meeting/r2.xmi");
        Result repair = repairsToClean();
        assertTrue(repair.out().contains("moved into .glossa/quarantine/"), repair.out());
        try (Stream<Path> quarantined = Files.walk(file(".glossa/quarantine"))) {
            assertEquals(1, quarantined.filter(f -> f.endsWith(Path.of("annotations/meeting/r2.xmi"))).count());
        }
        // Now meeting has r1's set only: agreement leaves it out openly, as for any document not annotated by all.
        Result agree = glossa("agree", project.toString());
        assertEquals(0, agree.code(), agree.err());
        assertTrue(agree.err().contains("meeting (not annotated by r2)"), agree.err());
    }

    @Test
    void anUnparseableSet() throws IOException {
        Path set = file("annotations/report/r1.xmi");
        String xml = Files.readString(set);
        Files.writeString(set, xml.substring(0, xml.length() - 40));
        checkNames("annotations/report/r1.xmi", "cannot be read: line ");
        reportsName("annotations/report/r1.xmi", 1);
        agreeAndAdjudicateRefuse("report", "annotations/report/r1.xmi");
        exportRefuses("report", "annotations/report/r1.xmi");
        repairsToClean();
    }

    @Test
    void aSetOfAnUnknownDocument() throws IOException {
        Files.createDirectories(file("annotations/ghost"));
        Files.copy(file("annotations/report/r1.xmi"), file("annotations/ghost/r1.xmi"));
        checkNames("annotations/ghost/r1.xmi", "is an annotation set of document 'ghost', which is not in project.xmi");
        reportsName("annotations/ghost/r1.xmi", 1);
        assertEquals(0, glossa("agree", project.toString()).code(), "no selected document is damaged");
        repairsToClean();
        assertFalse(Files.exists(file("annotations/ghost")));
    }

    @Test
    void anOrphanedText() throws IOException {
        Files.writeString(file("texts/ghost.txt"), "A text nobody imported.");
        checkNames("texts/ghost.txt", "is not the text of any document in project.xmi");
        reportsName("texts/ghost.txt", 1);
        Result json = glossa("check", project.toString(), "--json");
        assertEquals(1, json.code());
        JsonNode finding = new ObjectMapper().readTree(json.out()).get("findings").get(0);
        assertEquals("orphan-text", finding.get("kind").asText());
        assertTrue(finding.get("repairable").asBoolean());
        repairsToClean();
    }

    @Test
    void aHandEditedSpanSplittingASurrogatePair() throws IOException {
        Path set = file("annotations/party/r1.xmi");
        String xml = Files.readString(set);
        int begin = PARTY.indexOf("Lotte");
        assertTrue(xml.contains("begin=\"" + begin + "\""), xml);
        Files.writeString(set, xml.replace("begin=\"" + begin + "\"", "begin=\"7\"")); // between the emoji's halves
        checkNames("annotations/party/r1.xmi", "party/r1 span ");
        Result check = glossa("check", project.toString());
        assertTrue(check.out().contains("split a surrogate pair"), check.out());
        reportsName("annotations/party/r1.xmi", 1);
        agreeAndAdjudicateRefuse("party", "annotations/party/r1.xmi");
        exportRefuses("party", "annotations/party/r1.xmi");
        byte[] before = Files.readAllBytes(set);
        assertEquals(1, glossa("check", project.toString(), "--repair").code(), "valid files are never rewritten");
        assertArrayEquals(before, Files.readAllBytes(set));
    }

    @Test
    void anImportRefusesASpanSplittingASurrogatePairWithFileAndLine() throws IOException {
        Path input = Files.writeString(dir.resolve("half.pipe"), "report|" + REPORT + "|ORG 0 9\nparty|" + PARTY
                + "|MISC 0 7\n", StandardCharsets.UTF_8);
        Result imported = glossa("annotations", "import", project.toString(), "--annotator", "r3", "--format", "pipe",
                input.toString());
        assertEquals(1, imported.code(), imported.out());
        assertTrue(imported.err().contains(input + ":2: "), imported.err());
        assertTrue(imported.err().contains("surrogate"), imported.err());
        assertFalse(Files.exists(file("annotations/report/r3.xmi")), "nothing imported");
    }

    @Test
    void aLeftoverTemporaryFile() throws IOException {
        Path leftover = file("annotations/meeting/.r1.xmi8231" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "<half");
        checkNames("annotations/meeting/.r1.xmi8231" + AtomicFiles.TEMP_SUFFIX, "is left over from an interrupted save");
        assertTrue(Files.exists(leftover), "check alone changes nothing");
        Result repair = repairsToClean();
        assertTrue(repair.out().contains("removed"), repair.out());
        assertFalse(Files.exists(leftover));
    }

    @Test
    void checkOfAFolderThatIsNoProjectIsAnError() {
        Result check = glossa("check", dir.resolve("nothing").toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains("not a Glossa project"), check.err());
    }
}
