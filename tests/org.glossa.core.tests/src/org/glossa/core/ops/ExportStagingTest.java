package org.glossa.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.storage.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that fails half-way leaves no partial file; one of a damaged document writes nothing at all. */
class ExportStagingTest {
    @TempDir
    Path dir;
    ProjectStore store;
    Path out;

    @BeforeEach
    void createProject() throws IOException {
        store = AnnotatedProject.create(dir.resolve("project"));
        out = dir.resolve("out");
    }

    /** Writes its first file, then fails as a format does on a span it cannot write. */
    private static final class FailingFormat implements FormatSupport {
        @Override
        public String id() {
            return "failing";
        }

        @Override
        public String name() {
            return "Fails after one file";
        }

        @Override
        public String description() {
            return "for the staging test";
        }

        @Override
        public boolean canExport() {
            return true;
        }

        @Override
        public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
            Files.writeString(context.directory().resolve("train.txt"), "half of the data", StandardCharsets.UTF_8);
            context.report().written(Path.of("train.txt"));
            throw new ExportException("d2 span s3: cannot be written");
        }
    }

    private ExportResult export(FormatSupport format, ExportRequest request) throws IOException, ExportException {
        return new ExportOperation(store, new FormatRegistry(List.of(format)), request,
                report -> SpanLinesFormat.wholeBodyTokenization()).execute(new NullProgressMonitor());
    }

    @Test
    void aFailureHalfWayLeavesNeitherTheOutputFolderNorAStagingFolder() {
        ExportException failure = assertThrows(ExportException.class,
                () -> export(new FailingFormat(), ExportRequest.of("failing", out)));
        assertTrue(failure.getMessage().contains("d2 span s3"), failure.getMessage());
        assertFalse(Files.exists(out), "no partial output");
        assertEquals(List.of(dir.resolve("project")), entries(dir), "no staging folder left beside it");
    }

    /** The staging folder becomes the output folder: it has a new folder's usual permissions, not owner-only. */
    @Test
    void theStagingFolderHasTheUsersDefaultPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> usual = Files.getPosixFilePermissions(
                Files.createDirectory(dir.resolve("reference")));
        org.junit.jupiter.api.Assumptions.assumeTrue(!usual.equals(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")), "a umask of 077");
        ExportStaging staging = ExportStaging.beside(out);
        try {
            assertEquals(usual, Files.getPosixFilePermissions(staging.folder()));
        } finally {
            staging.discard();
        }
    }

    @Test
    void aFailureWhenOverwritingKeepsTheFilesThatWereThere() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("train.txt"), "the previous export");
        assertThrows(ExportException.class, () -> export(new FailingFormat(), ExportRequest.of("failing", out)
                .withOverwrite(true)));
        assertEquals("the previous export", Files.readString(out.resolve("train.txt")));
        assertEquals(List.of(out.resolve("train.txt")), entries(out));
    }

    @Test
    void aCompleteExportIsMovedIntoPlaceAndNamesItsFilesThere() throws IOException, ExportException {
        ExportResult result = export(new SpanLinesFormat(), ExportRequest.of(SpanLinesFormat.ID, out));
        assertEquals(List.of(out.resolve("README.md"), out.resolve("all.tsv"), out.resolve("card.json")), entries(out));
        for (Path file : result.files()) {
            assertTrue(Files.isRegularFile(file), file + " exists where the result says");
        }
        assertEquals(List.of(dir.resolve("out"), dir.resolve("project")), entries(dir));
    }

    @Test
    void aDamagedDocumentIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.delete(dir.resolve("project/texts/d2.txt"));
        IOException refused = assertThrows(IOException.class,
                () -> export(new SpanLinesFormat(), ExportRequest.of(SpanLinesFormat.ID, out)));
        assertTrue(refused.getMessage().startsWith("document 'd2' is damaged: " + dir.resolve("project/texts/d2.txt")
                + ": is missing"), refused.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(dir.resolve("project")), entries(dir));
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
