package org.glossa.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder walks over real symbolic links (to a file outside, a folder outside, a loop) and an unreadable folder. */
class FolderWalkTest {
    @TempDir
    Path dir;
    private Path folder;
    private Path inside;
    private Path outsideFile;
    private Path locked;

    @BeforeEach
    void layOut() throws IOException {
        folder = Files.createDirectories(dir.resolve("corpus"));
        inside = Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("a.txt"), "inside");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        outsideFile = Files.writeString(outside.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(folder.resolve("passwd.txt"), outsideFile);
        Files.createSymbolicLink(folder.resolve("elsewhere"), outside);
        Files.createSymbolicLink(folder.resolve("again.txt"), inside); // inside the folder: followed
    }

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void linksLeadingOutsideAreSkippedWithAWarningNamingThem() throws IOException {
        FolderWalk walk = new FolderWalk(false, true);
        List<Path> files = walk.files(folder, Integer.MAX_VALUE, f -> true);
        assertEquals(List.of(folder.resolve("again.txt"), inside), files);
        assertEquals(List.of(folder.resolve("elsewhere") + ": symbolic link to " + dir.resolve("outside").toRealPath()
                + ", outside the imported folder; not followed (--follow-symlinks follows it)",
                folder.resolve("passwd.txt") + ": symbolic link to " + outsideFile.toRealPath()
                        + ", outside the imported folder; not followed (--follow-symlinks follows it)"),
                walk.warnings().stream().sorted().toList());
    }

    @Test
    void followingLinksTakesTheFilesOutside() throws IOException {
        FolderWalk walk = new FolderWalk(true, true);
        List<Path> files = walk.files(folder, Integer.MAX_VALUE, f -> true);
        assertEquals(List.of(folder.resolve("again.txt"), folder.resolve("elsewhere/secret.txt"), folder.resolve("passwd.txt"),
                inside), files);
        assertEquals(List.of(), walk.warnings());
    }

    @Test
    void aLinkLoopIsReportedWithItsPath() throws IOException {
        Path up = Files.createSymbolicLink(folder.resolve("sub/up"), Path.of(".."));
        Path self = Files.createSymbolicLink(folder.resolve("self"), Path.of("self"));
        FolderWalk lenient = new FolderWalk(false, false);
        lenient.files(folder, Integer.MAX_VALUE, f -> true);
        assertEquals(List.of(self + ": symbolic link loop", up + ": symbolic link loop"),
                lenient.problems().stream().map(Object::toString).sorted().toList());

        FileSystemException e = assertThrows(FileSystemException.class,
                () -> FolderWalk.strict().files(folder, Integer.MAX_VALUE, f -> true));
        assertEquals("symbolic link loop", FileErrors.reason(e));
    }

    @Test
    void aGivenPathThatIsALoopOrMissingSaysSo() throws IOException {
        Path self = Files.createSymbolicLink(dir.resolve("self"), Path.of("self"));
        FileSystemException loop = assertThrows(FileSystemException.class, () -> FileErrors.requireExists(self));
        assertEquals(self + ": symbolic link loop", FileErrors.describe(loop));
        Path missing = dir.resolve("missing.txt");
        FileSystemException none = assertThrows(FileSystemException.class, () -> FileErrors.requireExists(missing));
        assertEquals(missing + ": no such file or folder", FileErrors.describe(none));
    }

    @Test
    void anUnreadableFolderIsAProblemOrAnError() throws IOException {
        locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions 000 do not deny root reading a folder");
        FolderWalk lenient = new FolderWalk(false, false);
        assertEquals(List.of(folder.resolve("again.txt"), inside), lenient.files(folder, Integer.MAX_VALUE, f -> true));
        assertEquals(List.of(locked + ": permission denied"), lenient.problems().stream().map(Object::toString).toList());
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> FolderWalk.strict().files(folder, Integer.MAX_VALUE, f -> true));
        assertEquals(locked + ": permission denied", FileErrors.describe(e));
    }
}
