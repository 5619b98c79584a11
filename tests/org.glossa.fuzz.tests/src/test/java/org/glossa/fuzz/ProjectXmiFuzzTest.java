package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The XMI loader on a damaged or hostile {@code project.xmi}: opening it (SecureXmi, no DTDs or external
 * entities), then every document's text and set. A {@link DamagedFileException} naming the file is expected.
 */
class ProjectXmiFuzzTest {
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Path dir = Scratch.fresh();
        Files.createDirectories(dir.resolve("texts"));
        Files.createDirectories(dir.resolve("annotations"));
        Files.write(dir.resolve("project.xmi"), data);
        try {
            ProjectStore store = ProjectStore.open(dir);
            for (Document document : store.project().getDocuments()) {
                try {
                    store.text(document);
                    store.annotations(document, "ana");
                } catch (DamagedFileException expected) {
                    // a document without its text file: reported with the file
                }
            }
        } catch (DamagedFileException expected) {
            // the index cannot be read: reported with the file
        }
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }
}
