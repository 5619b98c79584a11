package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names read from files become paths: a tampered one makes the project fail to open, naming file and name. */
class TamperedNamesTest {
    private static final String TEXT = "Mayor Ines Calloway said the bridge opens in May.\n";

    @TempDir
    Path dir;

    @Test
    void aDocumentIdLeadingOutOfTheProjectIsRefusedOnOpen() throws Exception {
        Path project = project();
        for (String tampered : new String[] {"../../../../x", "/tmp/x", ".hidden", "a/b"}) {
            String index = Files.readString(project.resolve("project.xmi"));
            Files.writeString(project.resolve("project.xmi"), index.replaceFirst("(<documents[^>]*? id=\")[^\"]*\"", "$1" + java.util.regex.Matcher.quoteReplacement(tampered) + "\""));
            for (boolean writing : new boolean[] {false, true}) {
                DamagedFileException e = assertThrows(DamagedFileException.class,
                        () -> open(project, writing), tampered);
                assertEquals(project.resolve("project.xmi"), e.file());
                assertTrue(e.getMessage().contains("document id '" + tampered + "' is not a file-safe name"), e.getMessage());
            }
        }
    }

    @Test
    void anAnnotatorNameLeadingOutOfTheProjectIsRefusedOnOpen() throws Exception {
        Path project = project();
        String index = Files.readString(project.resolve("project.xmi"));
        assertTrue(index.contains("name=\"alice\""), index);
        Files.writeString(project.resolve("project.xmi"), index.replace("name=\"alice\"", "name=\"../alice\""));
        DamagedFileException e = assertThrows(DamagedFileException.class, () -> ProjectStore.open(project));
        assertTrue(e.getMessage().startsWith(project.resolve("project.xmi") + ": annotator name '../alice'"), e.getMessage());
    }

    @Test
    void anAnnotationFileOfAnotherAnnotatorIsDamaged() throws Exception {
        Path project = project();
        Path alice = project.resolve("annotations/d1/alice.xmi");
        Files.copy(alice, project.resolve("annotations/d1/mallory.xmi"));
        ProjectStore store = ProjectStore.open(project);
        DamagedFileException e = assertThrows(DamagedFileException.class,
                () -> store.annotations(store.document("d1").orElseThrow(), "mallory"));
        assertTrue(e.getMessage().contains("mallory.xmi: belongs to annotator 'alice', not to annotator 'mallory'"), e.getMessage());
    }

    @Test
    void theLayoutRefusesEveryPathOutsideTheRoot() {
        ProjectLayout layout = new ProjectLayout(dir.toAbsolutePath());
        for (String bad : new String[] {"../x", "../../../../etc/passwd", "/etc/passwd", "..", "", "."}) {
            assertThrows(IllegalArgumentException.class, () -> layout.text(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> layout.annotationsOf(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> layout.annotationFile("d1", bad), bad);
            assertThrows(IllegalArgumentException.class, () -> layout.annotationFile(bad, "alice"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> layout.resolveInside("texts/../../x"));
        assertEquals(dir.toAbsolutePath().resolve("texts/d1.txt"), layout.text("d1"));
    }

    private Path project() throws Exception {
        Path project = dir.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "test", NewsSchema.create())) {
            Document d1 = ProjectStoreTest.addDocument(store, "d1", TEXT);
            Spans.add(store.annotations(d1, "alice"), NewsSchema.ENTITY, "PER", 6, 19, "alice", Origin.MANUAL);
            org.glossa.model.Annotator alice = org.glossa.model.GlossaFactory.eINSTANCE.createAnnotator();
            alice.setName("alice");
            store.project().getAnnotators().add(alice);
            store.save();
        }
        return project;
    }

    private static ProjectStore open(Path project, boolean writing) throws Exception {
        return writing ? ProjectStore.openForWriting(project, "test") : ProjectStore.open(project);
    }
}
