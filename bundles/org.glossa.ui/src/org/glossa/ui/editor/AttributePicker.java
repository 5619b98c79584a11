package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.AttributeValues;

/**
 * The attribute quick-pick (Ctrl+Enter in the editor): a small pop-up under the caret listing every value of the
 * selected span's enumerated attributes ("type = indirect"), filtered by typing; Enter sets the chosen value, Esc or
 * leaving the pop-up cancels. Either way the keyboard goes back to the text. It does not block: the editor's event
 * loop keeps running.
 */
public final class AttributePicker {
    /** One value of one attribute, as listed. */
    record Choice(AttributeDefinition attribute, String value, String text) {
    }

    private final StyledText text;
    private final List<Choice> choices;
    private final Consumer<Choice> chosen;
    private Shell shell;
    private Text filter;
    private Table table;
    private List<Choice> shown = List.of();

    AttributePicker(StyledText text, List<Choice> choices, Consumer<Choice> chosen) {
        this.text = text;
        this.choices = choices;
        this.chosen = chosen;
    }

    /** Every value of the layer's enumerated attributes; the one in effect is marked "current". */
    static List<Choice> choicesOf(Layer layer, SpanAnnotation span) {
        List<Choice> result = new ArrayList<>();
        if (layer == null) {
            return result;
        }
        for (AttributeDefinition attribute : layer.getAttributes()) {
            String effective = AttributeValues.effective(span, attribute);
            for (String value : AttributeValues.choices(attribute)) {
                String current = value.equals(effective) ? "   (current)" : "";
                result.add(new Choice(attribute, value,
                        attribute.getName() + " = " + AttributeValues.display(attribute, value) + current));
            }
        }
        return result;
    }

    /** The pop-up's shell while it is open, else null (for tests). */
    public static Shell openShell(StyledText text) {
        Object shell = text.getData(AttributePicker.class.getName());
        return shell instanceof Shell s && !s.isDisposed() ? s : null;
    }

    void open() {
        shell = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        shell.setText("Set attribute");
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(shell);
        filter = new Text(shell, SWT.BORDER | SWT.SINGLE);
        filter.setMessage("Type to filter; Enter sets, Esc cancels");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, Math.min(10, choices.size()) * 22).applyTo(table);
        filter.addListener(SWT.Modify, e -> refill());
        filter.addListener(SWT.KeyDown, this::filterKey);
        filter.addListener(SWT.Traverse, this::traverse);
        table.addListener(SWT.Traverse, this::traverse);
        table.addListener(SWT.DefaultSelection, e -> choose());
        shell.addListener(SWT.Deactivate, e -> close(false)); // the annotator went elsewhere: leave the focus there
        refill();
        shell.pack();
        shell.setLocation(position());
        text.setData(AttributePicker.class.getName(), shell);
        shell.open();
        shell.forceActive(); // without a window manager a new shell does not take the keyboard by itself
        filter.setFocus();
    }

    /** Under the caret, kept on the screen. */
    private Point position() {
        Point caret = text.toDisplay(text.getLocationAtOffset(text.getCaretOffset()));
        Point size = shell.getSize();
        Rectangle screen = text.getDisplay().getClientArea();
        int x = Math.max(screen.x, Math.min(caret.x, screen.x + screen.width - size.x));
        int y = caret.y + text.getLineHeight() + 2;
        if (y + size.y > screen.y + screen.height) {
            y = Math.max(screen.y, caret.y - size.y - 2);
        }
        return new Point(x, y);
    }

    private void refill() {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        shown = choices.stream().filter(c -> c.text().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        table.removeAll();
        for (Choice choice : shown) {
            new TableItem(table, SWT.NONE).setText(choice.text());
        }
        if (!shown.isEmpty()) {
            table.select(0);
        }
    }

    private void filterKey(Event e) {
        if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
            int next = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
            if (next >= 0 && next < table.getItemCount()) {
                table.select(next);
                table.showSelection();
            }
            e.doit = false;
        }
    }

    private void traverse(Event e) {
        if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            close(true);
        } else if (e.detail == SWT.TRAVERSE_RETURN) {
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            choose();
        }
    }

    private void choose() {
        int index = table.getSelectionIndex();
        Choice choice = index >= 0 && index < shown.size() ? shown.get(index) : null;
        close(true);
        if (choice != null) {
            chosen.accept(choice);
        }
    }

    private void close(boolean backToText) {
        if (shell == null || shell.isDisposed()) {
            return;
        }
        Shell closing = shell;
        shell = null;
        text.setData(AttributePicker.class.getName(), null);
        closing.dispose();
        if (backToText && !text.isDisposed()) {
            text.getShell().forceActive();
            text.setFocus();
        }
    }
}
