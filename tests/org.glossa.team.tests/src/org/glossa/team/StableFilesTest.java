package org.glossa.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the same model again writes the same bytes, and one new span is a diff of a few lines. */
class StableFilesTest {
    @TempDir
    Path dir;

    @Test
    void savingTheSameModelTwiceWritesTheSameBytesAndOneSpanIsASmallDiff() throws Exception {
        Path project = dir.resolve("p");
        ProjectCorpus corpus = new ProjectCorpus(project);
        Document document = corpus.add("one", TeamTestBed.TEXT_ONE, 10, TeamTestBed.TEXT_ONE.length());
        EditingSession session = new EditingSession(corpus.store(), "alice");
        for (String words : List.of("Lena Ortiz", "Riverton", "May")) {
            int begin = TeamTestBed.TEXT_ONE.indexOf(words);
            session.createSpan(document, NewsSchema.ENTITY, "PER", begin, begin + words.length());
        }
        session.save();
        corpus.store().close();
        Path index = project.resolve("project.xmi");
        Path set = project.resolve("annotations/one/alice.xmi");
        byte[] indexBefore = Files.readAllBytes(index);
        byte[] setBefore = Files.readAllBytes(set);

        try (ProjectStore store = ProjectStore.openForWriting(project, "test")) {
            Document loaded = store.document("one").orElseThrow();
            SpanAnnotation first = store.annotations(loaded, "alice").getSpans().get(0);
            first.setNote("x");
            first.setNote(null);
            String title = loaded.getTitle();
            loaded.setTitle("changed");
            loaded.setTitle(title);
            assertTrue(store.isDirty(), "both files are written again");
            store.save();
        }
        assertArrayEquals(indexBefore, Files.readAllBytes(index));
        assertArrayEquals(setBefore, Files.readAllBytes(set));

        try (ProjectStore store = ProjectStore.openForWriting(project, "test")) {
            EditingSession again = new EditingSession(store, "alice");
            int begin = TeamTestBed.TEXT_ONE.indexOf("harbor bridge");
            again.createSpan(store.document("one").orElseThrow(), NewsSchema.ENTITY, "LOC", begin, begin + 13);
            again.save();
        }
        List<String> before = Files.readAllLines(set);
        List<String> after = new ArrayList<>(Files.readAllLines(set));
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        assertTrue(added.size() <= 3 && removed.size() <= 1, "one span: " + removed + " -> " + added);
        assertArrayEquals(indexBefore, Files.readAllBytes(index), "the index is not written for a span");
    }
}
