package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project is shared (a team folder, a git repository): the files Glossa writes get the permissions any new file of
 * the user gets (the umask's), not the owner-only ones of Java's temporary files, which a rename would carry over.
 */
class FilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void filesWrittenAtomicallyHaveTheUsersDefaultPermissions() throws IOException {
        Set<PosixFilePermission> usual = usualFilePermissions();
        Path file = dir.resolve("set.xmi");
        AtomicFiles.write(file, "<x/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AtomicFiles.write(file, "<y/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void everyFileOfASavedProjectHasTheUsersDefaultPermissions() throws Exception {
        Set<PosixFilePermission> usual = usualFilePermissions();
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "shared", NewsSchema.create());
        try {
            String text = "The council met on Tuesday.";
            Document document = GlossaFactory.eINSTANCE.createDocument();
            document.setId("council");
            document.setTitle("council");
            document.setContentHash(ContentHash.of(text));
            document.setBodyEnd(text.length());
            store.addDocument(document, text);
            store.annotations(document, "ana").setStatus(org.glossa.model.AnnotationStatus.FINISHED);
            store.save();
        } finally {
            store.close();
        }
        List<Path> written;
        try (Stream<Path> files = Files.walk(project)) {
            written = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(project.resolve(".glossa"))).toList();
        }
        assertEquals(3, written.size(), "project.xmi, the text and the set: " + written);
        for (Path file : written) {
            assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), project.relativize(file).toString());
        }
    }

    /** What a plain new file gets here (the umask applied), the reference for every file Glossa writes. */
    private Set<PosixFilePermission> usualFilePermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path reference = Files.writeString(dir.resolve("reference.txt"), "plain");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        assumeTrue(!usual.equals(PosixFilePermissions.fromString("rw-------")),
                "the umask itself makes files private here (077), so nothing can be told apart");
        return usual;
    }
}
