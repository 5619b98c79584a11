package org.glossa.ui.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.edit.EditingSession;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.editor.DocumentEditor;
import org.glossa.ui.prefs.EditorPreferences;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Hosts the {@link DocumentEditor}; shows the document title. Its dirty state is the annotator's session's (the
 * workbench draws the tab's {@code *} from it and asks on quitting); saving is its {@link Persist} method, which the
 * Save command (Ctrl+S), quitting and the autosave reach through the {@link EPartService}; so does
 * the window's close handler, which asks only when a part is dirty. The autosave's interval is the user's preference
 * (off, or every so many seconds) and follows it when it changes.
 */
public final class DocumentPart {
    public static final String ID = "org.glossa.ui.part.document";

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    private StatusLine statusLine;
    @Inject
    private MPart part;
    @Inject
    private MDirtyable dirtyable;
    @Inject
    private EPartService parts;
    private DocumentEditor editor;
    private Runnable unsubscribe;
    private final Runnable dirtyChanged = () -> dirtyable.setDirty(session.isDirty());
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private EditorPreferences preferences;
    /** Counts the autosave schedules: a timer of an earlier schedule (before the interval changed) does nothing. */
    private int autosaveSchedule;
    private Runnable stopFollowingPreferences;

    @PostConstruct
    void create(Composite parent,
            @jakarta.inject.Named(org.glossa.ui.ProjectLifeCycle.REVIEW_MODE) @org.eclipse.e4.core.di.annotations.Optional Boolean review) {
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        if (Boolean.TRUE.equals(review)) {
            new ReviewBar(parent, session, state);
        }
        editor = new DocumentEditor(parent, session, state);
        if (preferences != null) {
            editor.follow(preferences); // font, zoom and palette
        }
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.control());
        editor.setStatusListener(statusLine::set);
        state.setEditor(editor);
        unsubscribe = state.onDocument(this::documentOpened);
        session.addDirtyListener(dirtyChanged);
        dirtyChanged.run();
        scheduleAutosave(parent, ++autosaveSchedule);
        if (preferences != null) {
            stopFollowingPreferences = preferences.onChange(values -> parent.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed()) {
                    scheduleAutosave(parent, ++autosaveSchedule);
                }
            }));
        }
    }

    private void documentOpened(Document document) {
        part.setLabel(document == null ? "Document" : document.getTitle());
        part.setTooltip(document == null ? null : document.getId());
    }

    /**
     * Saves the project. A failure is told in the status line and thrown, so that the part service reports the part
     * as not saved (quitting then stays in the workbench).
     */
    @Persist
    void save() {
        try {
            session.save();
            statusLine.set("Saved.");
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            statusLine.set("Not saved: " + reason);
            throw new IllegalStateException("not saved: " + reason, e);
        }
    }

    private void scheduleAutosave(Composite parent, int schedule) {
        int seconds = preferences == null ? EditorPreferences.DEFAULTS.autosaveSeconds()
                : preferences.values().autosaveSeconds();
        if (seconds <= 0) {
            return; // off
        }
        parent.getDisplay().timerExec(seconds * 1000, () -> {
            if (parent.isDisposed() || schedule != autosaveSchedule) {
                return;
            }
            // every dirty part: in review mode the walker's gold decisions too
            if (!parts.getDirtyParts().isEmpty() && parts.saveAll(false)) {
                statusLine.set("Saved automatically.");
            } // else nothing to save, or the status line already says why it was not saved
            scheduleAutosave(parent, schedule);
        });
    }

    /** The caret goes into the text, so labelling starts at once from the keyboard. */
    @Focus
    void focus() {
        editor.textWidget().setFocus();
    }

    @PreDestroy
    void dispose() {
        session.removeDirtyListener(dirtyChanged);
        if (stopFollowingPreferences != null) {
            stopFollowingPreferences.run();
        }
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}
