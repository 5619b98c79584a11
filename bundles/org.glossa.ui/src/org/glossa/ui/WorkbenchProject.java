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
 * The project this workbench works on, as the team features need it: its folder, whether it is a team project's
 * working copy and who works in it, and opening it again after a sync wrote others' work into the folder.
 */
public final class WorkbenchProject {
    private final ProjectOpening opening;
    private final Path root;
    private final String annotator;
    private final boolean review;
    private Optional<TeamIdentity> identity;

    WorkbenchProject(ProjectOpening opening, String argument, String annotator, boolean review) {
        this.opening = opening;
        this.root = Path.of(argument).toAbsolutePath().normalize();
        this.annotator = annotator;
        this.review = review;
    }

    public Path root() {
        return root;
    }

    /** The name the workbench annotates under (in review mode also the curator who adjudicates). */
    public String annotator() {
        return annotator;
    }

    public boolean isReviewMode() {
        return review;
    }

    /** Whether the project is a team project's working copy (a git repository shared with {@code glossa team}). */
    public boolean isShared() {
        return TeamRepository.isShared(root);
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
        return opening.reopen();
    }

    /** Puts a store opened by {@link #reopenStore()}, a session on it and, in review mode, the gold session into the context. */
    public void install(IEclipseContext context, ProjectStore store) {
        context.set(ProjectStore.class, store);
        context.set(EditingSession.class, new EditingSession(store, annotator));
        if (review) {
            context.set(ReviewState.class, new ReviewState(EditingSession.forGold(store, annotator)));
        }
    }
}
