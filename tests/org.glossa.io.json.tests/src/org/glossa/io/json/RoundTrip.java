package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.AnnotationImportException;

/**
 * Export → import → export: the first annotator's spans are exported, read back as a second annotator's, and
 * exported again; both exports must be the same bytes, file by file.
 */
final class RoundTrip {
    private RoundTrip() {
    }

    /** @return the files of the first export, for further checks */
    static List<Path> assertIdentical(ExportFixture fixture, FormatSupport format, Map<String, String> options, Path work)
            throws IOException, ExportException, AnnotationImportException {
        Path first = work.resolve("first");
        format.write(fixture.context(first, "alice", options), new NullProgressMonitor());
        List<Path> files = files(first);
        // the export operation adds its dataset card; reading the folder back must leave it alone
        Files.writeString(first.resolve("card.json"), "{\"format\": \"" + format.id() + "\"}\n");
        Files.writeString(first.resolve("README.md"), "# Dataset card\n");
        List<ReadDocument> read = format.read(List.of(first), new NullProgressMonitor());
        ReadBack.apply(fixture.store, read, "bob");
        Path second = work.resolve("second");
        format.write(fixture.context(second, "bob", options), new NullProgressMonitor());
        assertEquals(files.stream().map(f -> first.relativize(f).toString()).toList(),
                files(second).stream().map(f -> second.relativize(f).toString()).toList(), "the same files");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))),
                    "the second export of " + first.relativize(file) + " is identical to the first");
        }
        return files;
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
