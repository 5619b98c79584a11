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
        try {
            if (UNIX) {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,isRegularFile",
                        LinkOption.NOFOLLOW_LINKS);
                if (!Boolean.TRUE.equals(unix.get("isRegularFile"))) {
                    return null;
                }
                return new FileStamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                        nanos((FileTime) unix.get("ctime")), (Long) unix.get("ino"));
            }
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!basic.isRegularFile()) {
                return null;
            }
            long modified = nanos(basic.lastModifiedTime());
            return new FileStamp(basic.size(), modified, modified, 0);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
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
