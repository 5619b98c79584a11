package org.glossa.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Turns the exceptions of {@code java.nio.file} into "PATH: reason": their own message is often just the path
 * ({@code NoSuchFileException}, {@code AccessDeniedException}, {@code FileSystemLoopException}).
 */
public final class FileErrors {
    private static final String LOOP_REASON = "Too many levels of symbolic links";

    private FileErrors() {
    }

    /** "PATH: reason" (and "→ OTHER" when the exception names two paths), for any I/O exception. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")";
            return fs.getFile() + other + ": " + reason(fs);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Throws when {@code path} does not exist, with the precise reason: a symbolic link loop or a link to nothing
     * reads as "no such file" to {@link Files#exists}.
     */
    public static void requireExists(Path path) throws IOException {
        if (!Files.exists(path)) {
            path.toRealPath();
            throw new NoSuchFileException(path.toString());
        }
    }

    /** The I/O exception inside an unchecked wrapper (streams of {@code Files.walk}, {@code Files.list}), or null. */
    public static IOException unwrap(Throwable e) {
        if (e instanceof IOException io) {
            return io;
        }
        if (e instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return null;
    }

    /**
     * The reason of the innermost cause, in words, for messages that name the file themselves: XML parsers wrap the
     * useful text (line, what is wrong) deep inside, and a file system exception's own message is only its path.
     */
    public static String rootReason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof FileSystemException fs) {
            return reason(fs);
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return cause instanceof org.xml.sax.SAXParseException parse && parse.getLineNumber() > 0
                ? "line " + parse.getLineNumber() + ": " + message : message;
    }

    /** The reason alone, in words, without the path. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (!(e instanceof FileSystemException fs)) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        String given = fs.getReason();
        if (given != null && given.contains(LOOP_REASON)) {
            return "symbolic link loop";
        }
        if (given != null && !given.isBlank()) {
            return lowerFirst(given);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof NotLinkException) {
            return "not a symbolic link";
        }
        return "cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    private static String lowerFirst(String reason) {
        // OS reasons come capitalised ("Permission denied", "Is a directory"); the path precedes them
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))
                ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason;
    }
}
