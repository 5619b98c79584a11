package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Identifies one version of a file without reading it, as git's index does: size, modification time, status change
 * time and inode. Any write, rename over it or {@code touch} changes at least one of them; the change time cannot be
 * set back by tools that copy modification times.
 *
 * @param changed the status change time in nanoseconds, or the modification time where the file system has none
 * @param inode   the inode number, or 0 where the file system has none
 */
public record FileStamp(long size, long modified, long changed, long inode) {
    /**
     * Changes within this margin of the moment a stamp was taken could be followed by another change in the same
     * clock tick of a coarse file system (FAT has 2 s), so such files are never recorded as verified.
     */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final boolean UNIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
            .contains("unix");

    /** The stamp of a regular file, or null when it is missing or not a regular file. */
    public static FileStamp of(Path file) {
        return look(file).stamp();
    }

    /** What one look at a path (not following a link) found: a regular file's stamp, a folder, a link, or nothing. */
    public record Look(FileStamp stamp, boolean folder, boolean link) {
        private static final Look NOTHING = new Look(null, false, false);
    }

    /** Looks at the path once, not following a link: enough to tell its kind and, for a regular file, its stamp. */
    public static Look look(Path path) {
        try {
            if (UNIX) {
                Map<String, Object> unix = Files.readAttributes(path,
                        "unix:size,lastModifiedTime,ctime,ino,isRegularFile,isDirectory,isSymbolicLink",
                        LinkOption.NOFOLLOW_LINKS);
                FileStamp stamp = Boolean.TRUE.equals(unix.get("isRegularFile"))
                        ? new FileStamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                                nanos((FileTime) unix.get("ctime")), (Long) unix.get("ino"))
                        : null;
                return new Look(stamp, Boolean.TRUE.equals(unix.get("isDirectory")),
                        Boolean.TRUE.equals(unix.get("isSymbolicLink")));
            }
            BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long modified = nanos(basic.lastModifiedTime());
            return new Look(basic.isRegularFile() ? new FileStamp(basic.size(), modified, modified, 0) : null,
                    basic.isDirectory(), basic.isSymbolicLink());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Look.NOTHING;
        }
    }

    /** Whether the file was last changed well before {@code now}, so that a later change gives another stamp. */
    boolean settledAt(Instant now) {
        long nowNanos = TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        return Math.max(modified, changed) < nowNanos - RACY_NANOS;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
