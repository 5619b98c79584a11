package org.glossa.ui.prefs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FontDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.glossa.ui.prefs.EditorPreferences.Palette;
import org.glossa.ui.prefs.EditorPreferences.Values;

/**
 * Edit > Preferences: the editor's font, zoom, palette and snapping, and the autosave interval. OK hands the values
 * to {@link EditorPreferences#update}, which remembers them and tells the editor and the autosave.
 */
public final class PreferencesDialog extends Dialog {
    /** The autosave intervals offered, in seconds (0: off). */
    static final int[] AUTOSAVE_CHOICES = {0, 30, 60, 120, 300, 600};

    private final Values initial;
    private Values result;
    private String fontName;
    private int fontHeight;
    private Label font;
    private Spinner zoom;
    private Combo palette;
    private Combo snapping;
    private Combo autosave;
    private final List<Integer> autosaveSeconds = new ArrayList<>();

    public PreferencesDialog(Shell parent, Values initial) {
        super(parent);
        this.initial = initial;
        this.fontName = initial.fontName();
        this.fontHeight = initial.fontHeight();
    }

    /** The values chosen with OK. */
    public Values result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);

        label(area, "Editor font:");
        font = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(font);
        Button chooseFont = new Button(area, SWT.PUSH);
        chooseFont.setText("Choose…");
        chooseFont.addListener(SWT.Selection, e -> chooseFont());
        showFont();

        label(area, "Zoom (%):");
        zoom = new Spinner(area, SWT.BORDER);
        zoom.setValues(initial.zoomPercent(), Values.MIN_ZOOM, Values.MAX_ZOOM, 0, 10, 50);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(zoom);

        label(area, "Label colours:");
        palette = combo(area, "Default (distinct under colour blindness)", "High contrast");
        palette.select(initial.palette() == Palette.HIGH_CONTRAST ? 1 : 0);

        label(area, "New spans:");
        snapping = combo(area, "Snap to whole words", "Exactly as selected");
        snapping.select(initial.snapToWords() ? 0 : 1);

        label(area, "Save automatically:");
        autosave = combo(area);
        for (int seconds : AUTOSAVE_CHOICES) {
            autosaveSeconds.add(seconds);
        }
        if (!autosaveSeconds.contains(initial.autosaveSeconds())) {
            autosaveSeconds.add(initial.autosaveSeconds());
            autosaveSeconds.sort(Integer::compare);
        }
        autosaveSeconds.forEach(seconds -> autosave.add(describeInterval(seconds)));
        autosave.select(autosaveSeconds.indexOf(initial.autosaveSeconds()));
        return area;
    }

    /** "off", "every 30 seconds", "every minute", "every 5 minutes". */
    static String describeInterval(int seconds) {
        if (seconds <= 0) {
            return "Off";
        }
        if (seconds % 60 != 0) {
            return "Every " + seconds + " seconds";
        }
        int minutes = seconds / 60;
        return minutes == 1 ? "Every minute" : "Every " + minutes + " minutes";
    }

    private void chooseFont() {
        FontDialog dialog = new FontDialog(getShell());
        dialog.setText("Editor Font");
        if (!fontName.isEmpty()) {
            dialog.setFontList(new FontData[] {new FontData(fontName, fontHeight, SWT.NORMAL)});
        }
        FontData chosen = dialog.open();
        if (chosen != null) {
            fontName = chosen.getName();
            fontHeight = chosen.getHeight();
            showFont();
        }
    }

    private void showFont() {
        font.setText((fontName.isEmpty() ? "System font" : fontName) + ", " + fontHeight + " pt");
        font.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        // from the initial values, so that values this dialog does not show are kept
        result = initial.withFont(fontName, fontHeight).withZoom(zoom.getSelection())
                .withPalette(palette.getSelectionIndex() == 1 ? Palette.HIGH_CONTRAST : Palette.DEFAULT)
                .withSnapToWords(snapping.getSelectionIndex() != 1)
                .withAutosaveSeconds(autosaveSeconds.get(Math.max(0, autosave.getSelectionIndex())));
        super.okPressed();
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Combo combo(Composite parent, String... items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        for (String item : items) {
            combo.add(item);
        }
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        return combo;
    }
}
