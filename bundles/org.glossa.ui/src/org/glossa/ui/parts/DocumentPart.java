package org.glossa.ui.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.edit.EditingSession;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.editor.DocumentEditor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Hosts the {@link DocumentEditor}; shows the document title and a dirty marker; saves every minute. */
public final class DocumentPart {
    private static final int AUTOSAVE_MILLIS = 60_000;

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    private StatusLine statusLine;
    @Inject
    private MPart part;
    private DocumentEditor editor;
    private Runnable unsubscribe;

    @PostConstruct
    void create(Composite parent, MWindow window,
            @jakarta.inject.Named(org.glossa.ui.ProjectLifeCycle.REVIEW_MODE) @org.eclipse.e4.core.di.annotations.Optional Boolean review) {
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        if (Boolean.TRUE.equals(review)) {
            new ReviewBar(parent, session, state);
        }
        editor = new DocumentEditor(parent, session, state);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.control());
        editor.setStatusListener(statusLine::set);
        state.setEditor(editor);
        unsubscribe = state.onDocument(this::documentOpened);
        session.addChangeListener(change -> part.setDirty(session.isDirty()));
        window.getContext().set(IWindowCloseHandler.class, w -> confirmClose(parent));
        scheduleAutosave(parent);
    }

    private void documentOpened(Document document) {
        part.setLabel(document == null ? "Document" : document.getTitle());
        part.setTooltip(document == null ? null : document.getId());
    }

    private boolean confirmClose(Composite parent) {
        if (!session.isDirty()) {
            return true;
        }
        int answer = new MessageDialog(parent.getShell(), "Unsaved annotations", null,
                "Save your annotations before closing?", MessageDialog.QUESTION,
                new String[] { "Save", "Don't save", "Cancel" }, 0).open();
        if (answer == 0) {
            try {
                session.save();
            } catch (Exception e) {
                MessageDialog.openError(parent.getShell(), "Not saved", e.getMessage());
                return false;
            }
        }
        return answer == 0 || answer == 1;
    }

    private void scheduleAutosave(Composite parent) {
        parent.getDisplay().timerExec(AUTOSAVE_MILLIS, () -> {
            if (parent.isDisposed()) {
                return;
            }
            if (session.isDirty()) {
                try {
                    session.save();
                    part.setDirty(false);
                    statusLine.set("Saved automatically.");
                } catch (Exception e) {
                    statusLine.set("Autosave failed: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            scheduleAutosave(parent);
        });
    }

    @Focus
    void focus() {
        editor.textWidget().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}
