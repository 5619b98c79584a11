package org.glossa.ui.dialogs;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.glossa.ui.dialogs.ShortcutList.Shortcut;

/**
 * Help → Keyboard Shortcuts (Ctrl+Shift+L, as in Eclipse): every key of the workbench in one table, grouped, filtered
 * by what is typed (the keyboard starts in the filter), closed by Esc. It does not block, so it may stay open beside
 * the work; when it closes, {@code onClose} returns the keyboard to the editor.
 */
public final class KeyboardShortcutsDialog {
    public static final String TITLE = "Keyboard Shortcuts";

    private final List<Shortcut> shortcuts;
    private final Runnable onClose;
    private Shell shell;
    private Text filter;
    private Table table;

    public KeyboardShortcutsDialog(List<Shortcut> shortcuts, Runnable onClose) {
        this.shortcuts = shortcuts;
        this.onClose = onClose;
    }

    /** The sheet's shell when one is open among the parent's children (a second Ctrl+Shift+L brings it to front). */
    public static Shell openSheet(Shell parent) {
        for (Shell child : parent.getShells()) {
            if (!child.isDisposed() && TITLE.equals(child.getText())) {
                return child;
            }
        }
        return null;
    }

    public void open(Shell parent) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        shell.setText(TITLE);
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(shell);
        filter = new Text(shell, SWT.BORDER | SWT.SINGLE);
        filter.setMessage("Type to filter: a key (ctrl+z), an action (undo) or a label (PER)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(800, 440).applyTo(table);
        column("Where", 170);
        column("Keys", 150);
        column("Action", 470);
        filter.addListener(SWT.Modify, e -> refill());
        filter.addListener(SWT.Traverse, this::escapeCloses);
        table.addListener(SWT.Traverse, this::escapeCloses);
        shell.addListener(SWT.Dispose, e -> onClose.run());
        refill();
        shell.pack();
        centre(parent);
        shell.open();
        shell.forceActive(); // without a window manager a new shell does not take the keyboard by itself
        filter.setFocus();
    }

    /** The rows now listed, as "keys — action" (for tests and the status line). */
    public List<String> listed() {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(1) + " — " + i.getText(2)).toList();
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name);
        column.setWidth(width);
    }

    private void refill() {
        String query = filter.getText().strip();
        table.setRedraw(false);
        table.removeAll();
        String previousGroup = null;
        for (Shortcut shortcut : shortcuts) {
            if (shortcut.matches(query)) {
                TableItem item = new TableItem(table, SWT.NONE);
                // the group is named once, on its first row: the table reads as sections
                item.setText(new String[] {shortcut.group().equals(previousGroup) ? "" : shortcut.group(),
                        shortcut.keys(), shortcut.action()});
                item.setData(shortcut);
                previousGroup = shortcut.group();
            }
        }
        table.setRedraw(true);
    }

    private void escapeCloses(Event e) {
        if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            shell.close();
        }
    }

    private void centre(Composite parent) {
        var outer = parent.getBounds();
        var size = shell.getSize();
        shell.setLocation(outer.x + Math.max(0, (outer.width - size.x) / 2), outer.y + Math.max(0, (outer.height - size.y) / 3));
    }
}
