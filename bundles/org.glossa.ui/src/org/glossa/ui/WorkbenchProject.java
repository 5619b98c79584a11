package org.glossa.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.team.TeamIdentity;
import org.glossa.team.TeamRepository;
import org.glossa.ui.review.ReviewState;

/**
 * The project this workbench works on and who works on it: its folder, whether it is a team project's working copy
 * and who works in it, opening it again after a sync wrote others' work into the folder, and the changes of the
 * annotator's day: another annotator name (File > Switch Annotator), another project in the same window (File > Open
 * Project). Each change takes effect in the parts through {@link #install} and {@link WorkbenchReload}.
 */
public final class WorkbenchProject {
    private ProjectOpening opening;
    private Path root;
    private String annotator;
    private final boolean review;
    private Optional<TeamIdentity> identity;

    WorkbenchProject(ProjectOpening opening, String argument, String annotator, boolean review) {
        this.opening = opening;
        this.root = Path.of(argument).toAbsolutePath().normalize();
        this.annotator = annotator;
        this.review = review;
    }

    public synchronized Path root() {
        return root;
    }

    /** The name the workbench annotates under (in review mode also the curator who adjudicates). */
    public synchronized String annotator() {
        return annotator;
    }

    public boolean isReviewMode() {
        return review;
    }

    /** Whether the project is a team project's working copy (a git repository shared with {@code glossa team}). */
    public boolean isShared() {
        return TeamRepository.isShared(root());
    }

    /** The team member of this working copy (kept in its git configuration), when it is a team project. */
    public synchronized Optional<TeamIdentity> identity() {
        if (identity == null) {
            if (!isShared()) {
                return Optional.empty();
            }
            try (TeamRepository team = TeamRepository.open(root)) {
                identity = Optional.of(team.identity());
            } catch (IOException e) {
                identity = Optional.empty();
            }
        }
        return identity;
    }

    /**
     * Closes the project and opens it again from disk (any thread; nothing may be unsaved). The parts go on using
     * the old store until {@link #install} puts the new one into the context.
     */
    public ProjectStore reopenStore() throws IOException {
        return current().reopen();
    }

    /**
     * Opens the project in {@code folder} for writing and, only when that succeeded, closes the one open now
     * (releasing its lock); nothing may be unsaved. The parts go on using the old store until {@link #install}.
     *
     * @throws IOException a {@link org.glossa.core.storage.ProjectLockedException} naming the writer that holds the
     *                     new project, or why it cannot be opened; the open project then stays open
     */
    public ProjectStore openOther(Path folder) throws IOException {
        Path normalized = folder.toAbsolutePath().normalize();
        ProjectOpening next = ProjectOpening.openNow(normalized, ProjectLifeCycle.HOLDER);
        ProjectOpening old;
        synchronized (this) {
            old = opening;
            opening = next;
            root = normalized;
            identity = null;
        }
        old.close();
        return next.store();
    }

    /** From the next {@link #install} on, the workbench annotates under {@code name}. */
    public synchronized void switchAnnotator(String name) {
        annotator = name;
    }

    /** Puts a store, a session on it for the annotator and, in review mode, the gold session into the context. */
    public void install(IEclipseContext context, ProjectStore store) {
        String name = annotator();
        context.set(ProjectStore.class, store);
        context.set(EditingSession.class, new EditingSession(store, name));
        if (review) {
            context.set(ReviewState.class, new ReviewState(EditingSession.forGold(store, name)));
        }
    }

    /** Closes the open project, releasing its lock (at exit; a test harness after each workbench it ran). */
    public void close() {
        current().close();
    }

    private synchronized ProjectOpening current() {
        return opening;
    }
}
