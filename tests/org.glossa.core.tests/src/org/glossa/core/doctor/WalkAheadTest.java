package org.glossa.core.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A doctor that takes over a walk of the folders made ahead, on another thread while the index loaded, finds exactly
 * what a doctor walking itself finds, in the same order: on a real project folder with every kind of damage a walk
 * can see.
 */
class WalkAheadTest {
    @TempDir
    Path dir;

    @Test
    void theWalkAheadGivesTheSameFindingsInTheSameOrder() throws IOException, InvalidModelException {
        try (ProjectStore store = ProjectStore.create(dir, "walk", NewsSchema.create())) {
            for (int i = 0; i < 30; i++) {
                String text = "Document " + i + " names Acme Corp in Berlin.\n";
                Document document = GlossaFactory.eINSTANCE.createDocument();
                document.setId(String.format("d%02d", i));
                document.setContentHash(ContentHash.of(text));
                document.setBodyEnd(text.length());
                store.addDocument(document, text);
                Spans.add(store.annotations(document, "alice"), "Entity", "ORG", 18, 27, "alice", Origin.MANUAL);
            }
            store.save();
        }
        Files.writeString(dir.resolve("texts/orphan.txt"), "no document", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("texts/notes.md"), "stray", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("annotations/gone"));
        Files.writeString(dir.resolve("annotations/gone/bob.xmi"), "<x/>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("annotations/readme.txt"), "stray", StandardCharsets.UTF_8);
        Files.write(dir.resolve("annotations/d03/bob.xmi"), new byte[0]);
        Files.writeString(dir.resolve("annotations/d04/alice.xmi"), "<broken", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("annotations/d05/alice.xmi" + AtomicFiles.TEMP_SUFFIX), "half",
                StandardCharsets.UTF_8);
        Files.delete(dir.resolve("texts/d06.txt"));
        Files.createDirectories(dir.resolve("annotations/d07/folder.xmi"));

        List<Finding> walking = new ProjectDoctor(ProjectStore.inspect(dir)).examineProject(true).findings();
        WalkAhead ahead = WalkAhead.start(dir);
        List<Finding> walkedAhead = new ProjectDoctor(ProjectStore.inspect(dir), ahead).examineProject(true)
                .findings();
        assertTrue(walking.size() >= 9, () -> "every damage is found: " + walking);
        assertEquals(walking, walkedAhead);

        List<Finding> otherProject = new ProjectDoctor(ProjectStore.inspect(dir), WalkAhead.start(dir.resolve("texts")))
                .examineProject(true).findings();
        assertEquals(walking, otherProject, "a walk of another folder is not taken over");
    }
}
