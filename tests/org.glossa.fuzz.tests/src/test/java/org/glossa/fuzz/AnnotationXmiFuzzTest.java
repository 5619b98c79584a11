package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.ModelValidator;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The XMI loader on a damaged or hostile annotation file ({@code annotations/DOC/ana.xmi}) of a sound project:
 * loading the set, then validating it against the schema and text. A {@link DamagedFileException} is expected.
 */
class AnnotationXmiFuzzTest {
    private static final String TEXT = "Kim Lee said the harbour will reopen on Monday, the council claimed.";

    private static Path project;

    /** One sound project of one document, made once; each input replaces its annotation file. */
    private static synchronized Path project() throws Exception {
        if (project == null) {
            project = Files.createTempDirectory("glossa-fuzz-xmi");
            ProjectStore created = ProjectStore.create(project, "fuzz", NewsSchema.create());
            Document document = GlossaFactory.eINSTANCE.createDocument();
            document.setId("doc");
            document.setBodyEnd(TEXT.length());
            document.setContentHash(ContentHash.of(TEXT));
            created.addDocument(document, TEXT);
            created.save();
            Files.createDirectories(created.layout().annotationFile("doc", "ana").getParent());
        }
        return project;
    }

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Path dir = project();
        Files.write(dir.resolve("annotations/doc/ana.xmi"), data);
        ProjectStore store = ProjectStore.open(dir);
        try {
            AnnotationSet set = store.annotations(store.document("doc").orElseThrow(), "ana");
            ModelValidator.validate(set, store.schema(), TEXT.length());
        } catch (DamagedFileException expected) {
            // reported with the file
        }
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

}
