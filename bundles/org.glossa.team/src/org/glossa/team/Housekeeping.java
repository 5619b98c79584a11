package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.pack.PackConfig;

/**
 * Git's housekeeping for the repositories a sync writes: the working copy's and a team repository on a local disk or
 * file share (a git host does its own). Every sync stores its new trees whole; the annotations folder's tree lists
 * every document, so a sync of one span adds some 50 KB until the objects are packed as deltas of each other; packing
 * everything again with fresh deltas brings the growth per edited span to a few hundred bytes. The working copy's repository is packed
 * every {@code glossa.housekeepingPacks} syncs that changed it (default 8); a team repository on a local disk when
 * that many pushes' packs have piled up. 0 turns it off.
 */
final class Housekeeping {
    static final int DEFAULT_PACKS = 8;
    private static final String SYNCS = "syncsSinceHousekeeping";

    private Housekeeping() {
    }

    /**
     * Counts a sync that changed the working copy's repository and packs it again every {@code limit} such syncs.
     *
     * @return whether the repository was packed again
     */
    static boolean afterSync(Repository repository, int limit) throws IOException {
        StoredConfig config = repository.getConfig();
        int syncs = config.getInt(TeamIdentity.SECTION, null, SYNCS, 0) + 1;
        boolean due = limit > 0 && syncs >= limit;
        if (due) {
            pack(repository);
            syncs = 0;
        }
        config.setInt(TeamIdentity.SECTION, null, SYNCS, syncs);
        config.save();
        return due;
    }

    /** Packs a team repository on a local disk again when the pushes' packs reach the limit. */
    static boolean remoteIfDue(Path bareRepository, int limit) throws IOException {
        if (limit <= 0 || packs(bareRepository.resolve("objects/pack")) < limit) {
            return false;
        }
        try (Repository repository = new FileRepositoryBuilder().setGitDir(bareRepository.toFile()).setMustExist(true)
                .build()) {
            pack(repository);
        }
        return true;
    }

    static int limit(Repository repository) {
        return repository.getConfig().getInt(TeamIdentity.SECTION, null, "housekeepingPacks", DEFAULT_PACKS);
    }

    private static void pack(Repository repository) throws IOException {
        if (!(repository instanceof FileRepository files)) {
            return;
        }
        GC gc = new GC(files);
        PackConfig config = new PackConfig(repository);
        config.setReuseObjects(false); // objects stored whole are compared again, so that new trees become deltas
        gc.setPackConfig(config);
        gc.setPackExpireAgeMillis(0); // the old packs are in the new one; a reader still reading one keeps its file open
        try {
            gc.gc().get();
        } catch (ParseException | GitAPIException | InterruptedException | ExecutionException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("git housekeeping of " + repository.getDirectory() + " failed: " + e.getMessage(), e);
        }
    }

    private static long packs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pack")).count();
        }
    }
}
