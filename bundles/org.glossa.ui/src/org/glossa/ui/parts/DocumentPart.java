package org.glossa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Shows a document's whole text; what lies outside the article body is greyed out. */
public final class DocumentPart {
    @Inject
    private ProjectStore store;
    @Inject
    private MPart part;
    private StyledText text;

    @PostConstruct
    void create(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(12, 8, 12, 8);
        text.setText("Open a document from the corpus (double-click or Enter).");
    }

    @Inject
    void show(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Document document) {
        if (document == null || text == null || text.isDisposed()) {
            return;
        }
        try {
            String content = store.text(document);
            text.setText(content);
            StyleRange outside = new StyleRange();
            outside.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            outside.background = text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
            text.setStyleRanges(new StyleRange[] { range(outside, 0, document.getBodyBegin()),
                    range(outside, document.getBodyEnd(), content.length()) });
            text.setTopIndex(Math.max(0, text.getLineAtOffset(document.getBodyBegin()) - 2));
            part.setLabel(document.getTitle());
        } catch (DamagedFileException e) {
            MessageDialog.openError(text.getShell(), "Glossa", e.getMessage());
        }
    }

    private static StyleRange range(StyleRange style, int begin, int end) {
        StyleRange range = (StyleRange) style.clone();
        range.start = begin;
        range.length = end - begin;
        return range;
    }

    @Focus
    void focus() {
        text.setFocus();
    }
}
