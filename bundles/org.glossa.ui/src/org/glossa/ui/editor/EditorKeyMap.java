package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Label;
import org.glossa.model.Layer;

/**
 * The editor's own keys, those that only make sense in the text. The text is read-only, so plain keys are free for
 * labels:
 * <pre>
 * label hot key (1-9, letters)   label the selection (snapped to words); with Shift: exactly as selected;
 *                                with no selection: relabel the selected span
 * Alt+Right / Alt+Left           next / previous span (in link mode: next / previous candidate)
 * Ctrl+L                         link the selected quote or claim: its first link type (speaker, claimant);
 *                                pressed again in link mode: the next link type (the cue), named in the status line
 * Enter / Esc                    confirm the link / cancel link mode or deselect
 * Delete, BackSpace              delete the selected span
 * Alt+Shift+Right / Left         move the selected span's end by a word
 * Ctrl+Alt+Shift+Right / Left    move the selected span's start by a word
 * Alt+Shift+Up / Alt+Shift+Down  grow the selection to the word, quotation, sentence, paragraph / back
 * Alt+Down / Alt+Up              next / previous value of the selected span's first enumerated attribute
 *                                (a quote's type, a claim's stance)
 * Ctrl+Enter                     pick any attribute's value from a list filtered by typing
 * </pre>
 * Save, Undo, Redo, Find and the other global commands are key bindings of the application model
 * (Application.e4xmi), which the workbench's key binding dispatcher runs before any widget sees the key, wherever
 * the focus is; Help → Keyboard Shortcuts lists both (see {@link #describe(AnnotationSchema)}).
 */
public final class EditorKeyMap {
    /** One of the editor's keys as the shortcut sheet shows it: the keys, formatted by the platform, and the action. */
    public record EditorKey(String keys, String action) {
    }

    private final EditorActions actions;

    EditorKeyMap(EditorActions actions) {
        this.actions = actions;
    }

    void install(StyledText text) {
        text.addListener(SWT.KeyDown, this::keyDown);
    }

    /** The editor's keys for the shortcut sheet: every label's hot key from the schema, then the fixed keys. */
    public static List<EditorKey> describe(AnnotationSchema schema) {
        List<EditorKey> keys = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            for (Label label : layer.getLabels()) {
                String hotKey = label.getHotKey();
                if (hotKey != null && hotKey.length() == 1) {
                    keys.add(new EditorKey(format(0, Character.toUpperCase(hotKey.charAt(0))),
                            "Label " + label.getName() + " (" + layer.getName() + "); with Shift: exactly as selected"));
                }
            }
        }
        keys.add(new EditorKey(format(SWT.ALT, SWT.ARROW_RIGHT) + " / " + format(SWT.ALT, SWT.ARROW_LEFT),
                "Next / previous span (in link mode: next / previous candidate)"));
        keys.add(new EditorKey(format(SWT.MOD1, 'L'),
                "Link the selected span (speaker, claimant); again in link mode: next link type (cue)"));
        keys.add(new EditorKey(format(0, SWT.CR), "Confirm the link to the candidate"));
        keys.add(new EditorKey(format(0, SWT.ESC), "Cancel link mode, or deselect the span"));
        keys.add(new EditorKey(format(0, SWT.DEL) + " / " + format(0, SWT.BS), "Delete the selected span"));
        keys.add(new EditorKey(format(SWT.ALT | SWT.SHIFT, SWT.ARROW_RIGHT) + " / "
                + format(SWT.ALT | SWT.SHIFT, SWT.ARROW_LEFT), "Move the selected span's end by a word"));
        keys.add(new EditorKey(format(SWT.MOD1 | SWT.ALT | SWT.SHIFT, SWT.ARROW_RIGHT) + " / "
                + format(SWT.MOD1 | SWT.ALT | SWT.SHIFT, SWT.ARROW_LEFT), "Move the selected span's start by a word"));
        keys.add(new EditorKey(format(SWT.ALT | SWT.SHIFT, SWT.ARROW_UP) + " / "
                + format(SWT.ALT | SWT.SHIFT, SWT.ARROW_DOWN),
                "Grow the selection to the word, quotation, sentence, paragraph / back to the smaller one"));
        keys.add(new EditorKey(format(SWT.ALT, SWT.ARROW_DOWN) + " / " + format(SWT.ALT, SWT.ARROW_UP),
                "Next / previous value of the span's first choice attribute (a quote's type, a claim's stance)"));
        keys.add(new EditorKey(format(SWT.MOD1, SWT.CR), "Set an attribute of the selected span from a list"));
        return keys;
    }

    private static String format(int modifiers, int key) {
        return KeyStroke.getInstance(modifiers, key).format();
    }

    private void keyDown(Event e) {
        if (handle(e)) {
            e.doit = false;
        }
    }

    private boolean handle(Event e) {
        int mods = e.stateMask & SWT.MODIFIER_MASK;
        boolean ctrl = (mods & SWT.MOD1) != 0;
        boolean alt = (mods & SWT.ALT) != 0;
        boolean shift = (mods & SWT.SHIFT) != 0;
        int key = Character.toLowerCase(e.keyCode);
        boolean enter = e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR;
        if (mods == SWT.MOD1 && key == 'l') {
            actions.startOrSwitchLinkMode();
            return true;
        }
        if (mods == SWT.MOD1 && enter) {
            actions.pickAttribute();
            return true;
        }
        if (alt && (e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_LEFT)) {
            boolean forward = e.keyCode == SWT.ARROW_RIGHT;
            if (shift) {
                actions.moveEdge(ctrl, forward);
            } else {
                actions.selectNeighbour(forward);
            }
            return true;
        }
        if (mods == (SWT.ALT | SWT.SHIFT) && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
            if (e.keyCode == SWT.ARROW_UP) {
                actions.expandSelection();
            } else {
                actions.shrinkSelection();
            }
            return true;
        }
        if (mods == SWT.ALT && (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP)) {
            actions.stepAttribute(e.keyCode == SWT.ARROW_DOWN);
            return true;
        }
        if (mods == 0 && enter) {
            return actions.confirmLink();
        }
        if (mods == 0 && e.keyCode == SWT.ESC) {
            return actions.escape();
        }
        if (mods == 0 && (e.keyCode == SWT.DEL || e.keyCode == SWT.BS)) {
            actions.deleteSelected();
            return true;
        }
        if ((mods & ~SWT.SHIFT) == 0 && key > 0 && key < 0x10000 && Character.isLetterOrDigit((char) key)) {
            var target = actions.hotKey((char) key);
            if (target.isPresent()) {
                actions.applyLabel(target.get().layer(), target.get().label(), !shift);
                return true;
            }
        }
        return false;
    }
}
