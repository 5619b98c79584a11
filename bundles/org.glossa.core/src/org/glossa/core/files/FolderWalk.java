package org.glossa.core.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lists the files below a folder an import was given, safely: a symbolic link that leads outside that folder is not
 * followed unless asked (a warning names it), a link loop is reported as such, and a folder that cannot be read is
 * either a problem to report and skip (article import) or an error (annotations import, all or nothing). Names
 * starting with '.' inside the folder (editor backups, {@code .git}) are left out.
 */
public final class FolderWalk {
    /** A path the walk could not take, with the reason in words. */
    public record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    private final boolean followSymlinks;
    private final boolean failOnProblems;
    private final List<String> warnings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param followSymlinks follow links that lead outside the walked folder
     * @param failOnProblems throw on an unreadable folder or a link loop instead of collecting it in {@link #problems()}
     */
    public FolderWalk(boolean followSymlinks, boolean failOnProblems) {
        this.followSymlinks = followSymlinks;
        this.failOnProblems = failOnProblems;
    }

    /** The walk of an all-or-nothing import: links outside are not followed, problems are errors. */
    public static FolderWalk strict() {
        return new FolderWalk(false, true);
    }

    /** Links outside the folder that were not followed, each naming the link and its target. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Folders and links that could not be walked (only when problems are not errors). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The regular files below {@code folder} (to {@code maxDepth} levels: 1 for the folder's own files only) that
     * {@code accept} takes, sorted by path.
     */
    public List<Path> files(Path folder, int maxDepth, Predicate<Path> accept) throws IOException {
        Path realRoot = folder.toRealPath();
        List<Path> found = new ArrayList<>();
        List<IOException> failures = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                return isHidden(dir) || !mayEnter(dir, realRoot) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isHidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isSymbolicLink()) {
                    unresolvable(file, failures); // the walk could not follow it: broken or a loop
                } else if (attributes.isRegularFile() && mayEnter(file, realRoot) && accept.test(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problem(file, e, failures);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    problem(dir, e, failures);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        found.sort(null);
        return found;
    }

    /** Whether the walk may take a path: anything but a link leading outside the root, unless links are followed. */
    private boolean mayEnter(Path path, Path realRoot) {
        if (followSymlinks || !Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            Path target = path.toRealPath();
            if (target.startsWith(realRoot)) {
                return true;
            }
            warnings.add(path + ": symbolic link to " + target + ", outside the imported folder; not followed"
                    + " (--follow-symlinks follows it)");
        } catch (IOException e) {
            warnings.add(path + ": " + FileErrors.reason(e) + "; not followed");
        }
        return false;
    }

    /** A link whose target cannot be reached: a loop is a problem, a dangling link a warning. */
    private void unresolvable(Path link, List<IOException> failures) {
        try {
            link.toRealPath();
            warnings.add(link + ": symbolic link that cannot be followed; skipped");
        } catch (NoSuchFileException e) {
            warnings.add(link + ": symbolic link to a file that does not exist; skipped");
        } catch (IOException e) {
            problem(link, e, failures);
        }
    }

    private void problem(Path path, IOException e, List<IOException> failures) {
        if (failOnProblems) {
            failures.add(e instanceof FileSystemException fs && fs.getFile() != null ? e
                    : new FileSystemException(path.toString(), null, FileErrors.reason(e)));
        } else {
            problems.add(new Problem(path, FileErrors.reason(e)));
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
