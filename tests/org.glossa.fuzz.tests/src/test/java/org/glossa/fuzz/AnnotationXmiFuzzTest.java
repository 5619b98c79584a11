package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.core.importer.ContentHash;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.ModelValidator;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The XMI loader on a damaged or hostile annotation file ({@code annotations/DOC/ana.xmi}) of a sound project:
 * loading the set, then validating it against the schema and text. A {@link DamagedFileException} is expected.
 */
class AnnotationXmiFuzzTest {
    private static final String TEXT = "Kim Lee said the harbour will reopen on Monday, the council claimed.";

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Path dir = Scratch.fresh();
        ProjectStore created = ProjectStore.create(dir, "fuzz", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("doc");
        document.setBodyEnd(TEXT.length());
        document.setContentHash(ContentHash.of(TEXT));
        created.addDocument(document, TEXT);
        created.save();
        Path file = created.layout().annotationFile("doc", "ana");
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        ProjectStore store = ProjectStore.open(dir);
        try {
            AnnotationSet set = store.annotations(store.document("doc").orElseThrow(), "ana");
            ModelValidator.validate(set, store.schema(), TEXT.length());
        } catch (DamagedFileException expected) {
            // reported with the file
        }
    }

    @FuzzTest(maxDuration = "6s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

}
