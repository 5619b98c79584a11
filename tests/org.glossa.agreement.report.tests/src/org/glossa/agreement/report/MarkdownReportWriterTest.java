package org.glossa.agreement.report;

import static org.glossa.agreement.report.XhtmlSupport.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    @Test
    void tablesHaveConsistentColumnCounts() {
        for (AgreementReport report : List.of(ReportFixtures.demo(), ReportFixtures.hostile())) {
            List<List<String>> tables = tables(markdown(report));
            assertFalse(tables.isEmpty());
            for (List<String> table : tables) {
                int columns = cells(table.getFirst());
                assertTrue(table.size() >= 3, "header, delimiter and at least one row: " + table);
                assertTrue(table.get(1).matches("\\|( -{3}:? \\|)+"), table.get(1));
                for (String line : table) {
                    assertEquals(columns, cells(line), line);
                }
            }
        }
    }

    @Test
    void demoHasEveryTable() {
        String md = markdown(ReportFixtures.demo());
        assertTrue(md.startsWith("# Inter-annotator agreement report: demo\n"));
        // Entity: headline, labels, pairwise, 3 x (f1, label f1, confusion), documents = 13; Quote: headline,
        // labels, pairwise, f1, confusion, attribution = 6
        assertEquals(13 + 6, tables(md).size());
        assertTrue(md.contains("| Fleiss\u2019 \u03ba | undefined (only one label in use) | 3 | 4 |"));
        assertTrue(md.contains("| Unitizing \u03b1 (overall) | 0.812 | \u2014 | \u2014 |"));
        assertTrue(md.contains("| PER | **18** | 1 | 0 | 0 | 1 | 20 |"), "diagonal in bold, row total");
        assertTrue(md.contains("| speaker | 5 | 4 | 1 | 0.800 | 0.750 |"), "matched, agreeing, partial, share, precision");
        assertTrue(md.contains("0.850 \u00b7 n = 35, 25 left out"));
    }

    @Test
    void hostileNamesAreEscaped() {
        String md = markdown(ReportFixtures.hostile());
        assertFalse(md.contains("NaN"));
        assertTrue(md.contains("PER\\|son"));
        assertTrue(md.contains("\\<b\\>bold\\</b\\>"));
        assertTrue(md.contains("two<br>lines"));
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<script").matcher(md).find(), "unescaped tag");
        assertTrue(md.contains("\\<script\\>"));
        assertTrue(md.contains("undefined (not a finite number)"));
        assertTrue(md.contains("undefined (nobody used \\<this\\> label \\& \"that\" one)"));
        assertTrue(md.contains("\ud55c\uad6d\uc5b4 \uc778\ubb3c"));
        assertTrue(md.contains("\ud83d\ude00 emoji"));
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("|") && line.contains("\r"), line);
        }
    }

    @Test
    void emptyReportRenders() {
        assertTrue(markdown(ReportFixtures.empty()).contains("no layers"));
        String bare = markdown(ReportFixtures.bareLayer());
        assertTrue(bare.contains("*No pairwise figures for this layer.*"), bare);
    }

    /** Pipe tables: runs of lines starting with "|". */
    private static List<List<String>> tables(String md) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(line);
            } else {
                current = null;
            }
        }
        return tables;
    }

    /** Cells of a row: pipes not escaped by a backslash, minus the outer ones. */
    private static int cells(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }
}
