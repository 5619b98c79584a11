package org.glossa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.DatasetCard;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.ops.ImportAnnotationsOperation;
import org.glossa.core.ops.ImportAnnotationsRequest;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.schema.NewsSchema;

/**
 * Runs one {@link GoldenCase} the way a user does with the CLI: the case's input is imported with the real
 * annotation import into a new project on disk (news schema, gold annotations), the project is exported with the
 * real export operation, and the files written are compared with the case's expected files byte for byte (and a
 * second export of the same project, which uses what the first kept in the project's caches, with the first). When
 * the export format also reads, its output is imported into a second project, which must hold the same spans,
 * links and attributes as the first; or, for a case whose export re-tokenizes the text ({@code roundtrip=files}),
 * must export to the same files again.
 * <p>
 * The dataset card ({@code README.md}, {@code card.json}) is left out of the comparison: it records the time
 * and the Glossa version, and its content is tested with the export operation.
 */
public final class GoldenRun {
    private static final Set<String> CARD = Set.of(DatasetCard.README, DatasetCard.JSON);

    private GoldenRun() {
    }

    public static void check(GoldenCase golden, FormatRegistry formats, Path work) throws Exception {
        ProjectStore imported = importInto(work.resolve("project"), formats, golden.importFormat(), golden.input());
        List<String> digest = ModelDigest.of(imported, ProjectCorpus.GOLD);
        assertFalse(digest.isEmpty(), "the input of " + golden.name() + " gives documents");

        Path exported = export(golden, imported, formats, work.resolve("export"));
        Path compared = normalisedCopy(golden, exported, work.resolve("export-normalised"));
        GoldenFiles.assertSameFiles(golden.expected(), compared, CARD);
        // A second export of the same project takes the tokens the first kept in the project's cache.
        GoldenFiles.assertIdentical(exported, export(golden, imported, formats, work.resolve("export-second")), CARD);

        if (formats.find(golden.exportFormat()).orElseThrow().canImport()) {
            ProjectStore again = importInto(work.resolve("again"), formats, golden.exportFormat(), exported);
            if (golden.sameModel()) {
                assertEquals(String.join("\n", digest), String.join("\n", ModelDigest.of(again, ProjectCorpus.GOLD)),
                        "importing the export of " + golden.name() + " gives the same annotations");
            } else {
                Path exportedAgain = export(golden, again, formats, work.resolve("export-again"));
                GoldenFiles.assertIdentical(exported, exportedAgain, CARD);
            }
        }
    }

    private static Path export(GoldenCase golden, ProjectStore store, FormatRegistry formats, Path out) throws Exception {
        ExportRequest request = ExportRequest.of(golden.exportFormat(), out).withLayers(golden.layers())
                .withOptions(golden.options());
        new ExportOperation(store, formats, request).execute(new NullProgressMonitor());
        return out;
    }

    /** The files as they are compared: the case's normalisation applied to the text of each (all are UTF-8). */
    private static Path normalisedCopy(GoldenCase golden, Path exported, Path copy) throws IOException {
        for (Path file : GoldenFiles.files(exported, CARD)) {
            Path target = copy.resolve(file.toString());
            Files.createDirectories(target.getParent());
            if (golden.normalise() == null) {
                Files.copy(exported.resolve(file.toString()), target);
            } else {
                String text = Files.readString(exported.resolve(file.toString()), StandardCharsets.UTF_8);
                Files.writeString(target, golden.normalised(text), StandardCharsets.UTF_8);
            }
        }
        return copy;
    }

    private static ProjectStore importInto(Path dir, FormatRegistry formats, String format, Path input) throws Exception {
        ProjectStore store = ProjectStore.create(dir, "golden", NewsSchema.create());
        ImportAnnotationsRequest request = ImportAnnotationsRequest.of(format, ProjectCorpus.GOLD, List.of(input));
        new ImportAnnotationsOperation(store, formats, request).execute(new NullProgressMonitor());
        return store;
    }
}
