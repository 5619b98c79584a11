package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.model.Annotator;
import org.glossa.ui.EditorState;

/**
 * Review mode only (annotation is blind otherwise): chooses whose annotations the editor shows. Other
 * annotators' sets and the gold set are shown read-only; the reviewer's own set stays editable.
 */
final class ReviewBar {
    ReviewBar(Composite parent, EditingSession session, EditorState state) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 3).applyTo(bar);
        Label label = new Label(bar, SWT.NONE);
        label.setText("Review mode — showing:");
        Combo whose = new Combo(bar, SWT.READ_ONLY);
        List<String> names = new ArrayList<>();
        names.add(session.annotator());
        for (Annotator annotator : session.store().project().getAnnotators()) {
            if (!names.contains(annotator.getName())) {
                names.add(annotator.getName());
            }
        }
        names.add(ProjectLayout.GOLD);
        for (String name : names) {
            whose.add(name.equals(session.annotator()) ? name + " (you, editable)" : name + " (read-only)");
        }
        whose.select(0);
        whose.addListener(SWT.Selection, e -> {
            String chosen = names.get(whose.getSelectionIndex());
            state.viewAnnotator(chosen.equals(session.annotator()) ? null : chosen);
        });
    }
}
