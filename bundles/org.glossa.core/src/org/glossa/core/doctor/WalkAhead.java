package org.glossa.core.doctor;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.VerifiedFiles;

/**
 * The file-system part of an examination, started ahead on another thread while the caller loads the project's index:
 * listing 20,000 document folders and looking at their 60,000 files takes about as long as loading the index, and the
 * two need different resources (system calls, parsing). The record of verified files is read on the way. Nothing is reported until the {@link ProjectDoctor} that takes
 * the walk over examines the project, in the same order as without it.
 */
public final class WalkAhead {
    private final ProjectLayout layout;
    private final FutureTask<Listings> walk;
    private volatile VerifiedFiles record;

    private WalkAhead(ProjectLayout layout) {
        this.layout = layout;
        this.walk = new FutureTask<>(() -> {
            record = VerifiedFiles.loadAsRecorded(layout);
            Listings listings = new Listings(null);
            listings.prefetch(layout);
            return listings;
        });
    }

    /** Starts walking the project in {@code dir} on a thread of its own. */
    public static WalkAhead start(Path dir) {
        WalkAhead ahead = new WalkAhead(new ProjectLayout(dir.toAbsolutePath().normalize()));
        Thread thread = new Thread(ahead.walk, "glossa-walk-ahead");
        thread.setDaemon(true); // never keeps a failed command alive
        thread.start();
        return ahead;
    }

    /**
     * The listings of the walk, once it is done, reporting into {@code findings}, and its record of verified files
     * given to the store; null when the walk was of another folder or failed (the examination then looks at the files
     * itself).
     */
    Listings takeOver(ProjectStore store, Findings findings) {
        if (!layout.equals(store.layout())) {
            return null;
        }
        try {
            Listings listings = walk.get();
            listings.reportTo(findings);
            store.adoptVerifiedFiles(record);
            return listings;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
