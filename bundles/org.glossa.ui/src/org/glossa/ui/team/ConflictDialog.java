package org.glossa.ui.team;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.team.merge.MergeConflict;
import org.glossa.team.merge.Resolution;

/**
 * The conflicts a sync stopped at, by name (file, element, property, both values). A curator decides for all of
 * them: keep this working copy's values or take the shared ones, and the sync runs again; an annotator is told to
 * ask the curator (their annotations are their own and never conflict; what does is the curator's to decide).
 */
final class ConflictDialog extends Dialog {
    private static final int KEEP_MINE = IDialogConstants.CLIENT_ID + 1;
    private static final int TAKE_SHARED = IDialogConstants.CLIENT_ID + 2;

    private final List<MergeConflict> conflicts;
    private final boolean curator;
    private Resolution decided = Resolution.NONE;

    ConflictDialog(Shell parent, List<MergeConflict> conflicts, boolean curator) {
        super(parent);
        this.conflicts = conflicts;
        this.curator = curator;
    }

    /** Opens the dialog; the curator's decision, or {@link Resolution#NONE}. */
    Resolution decide() {
        open();
        return decided;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Sync: conflicts with the shared project");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(conflicts.size() + (conflicts.size() == 1 ? " change was" : " changes were")
                + " made differently here and in the shared project. Nothing was merged; your saved work is committed"
                + " here.\n" + (curator ? "Keep your values, or take the shared ones, for all of them:"
                        : "Ask the curator to decide them (Team > Sync in their workbench), then sync again."));
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 180).applyTo(table);
        for (String title : new String[] {"File", "Element", "Property", "Here", "Shared"}) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        for (MergeConflict conflict : conflicts) {
            new TableItem(table, SWT.NONE).setText(new String[] {conflict.file(), conflict.element(),
                    conflict.feature(), conflict.ours(), conflict.theirs()});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (curator) {
            createButton(parent, KEEP_MINE, "Keep Mine", false);
            createButton(parent, TAKE_SHARED, "Take Shared", false);
            createButton(parent, IDialogConstants.CANCEL_ID, "Decide Later", true);
        } else {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == KEEP_MINE || buttonId == TAKE_SHARED) {
            decided = buttonId == KEEP_MINE ? Resolution.OURS : Resolution.THEIRS;
            setReturnCode(OK);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }
}
