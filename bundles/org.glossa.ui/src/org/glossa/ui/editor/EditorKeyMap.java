package org.glossa.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;

/**
 * The editor's keys. The text is read-only, so plain keys are free for labels:
 * <pre>
 * label hot key (1-9, letters)   label the selection (snapped to words); with Shift: exactly as selected;
 *                                with no selection: relabel the selected span
 * Alt+Right / Alt+Left           next / previous span (in link mode: next / previous candidate)
 * Ctrl+L / Ctrl+Shift+L          link the selected quote or claim: its first / second link type
 * Enter / Esc                    confirm the link / cancel link mode or deselect
 * Delete, BackSpace              delete the selected span
 * Alt+Shift+Right / Left         move the selected span's end by a word
 * Ctrl+Alt+Shift+Right / Left    move the selected span's start by a word
 * Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z  undo, redo
 * Ctrl+F                         find in the document
 * </pre>
 * Ctrl+S                         the workbench's save (every dirty part's {@code @Persist})
 */
final class EditorKeyMap {
    private final EditorActions actions;

    EditorKeyMap(EditorActions actions) {
        this.actions = actions;
    }

    void install(StyledText text) {
        text.addListener(SWT.KeyDown, this::keyDown);
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
        if (ctrl && !alt) {
            switch (key) {
                case 'z' -> {
                    if (shift) {
                        actions.redo();
                    } else {
                        actions.undo();
                    }
                    return true;
                }
                case 'y' -> {
                    actions.redo();
                    return true;
                }
                case 's' -> {
                    actions.save();
                    return true;
                }
                case 'f' -> {
                    actions.showFindBar();
                    return true;
                }
                case 'l' -> {
                    actions.startLinkMode(shift ? 1 : 0);
                    return true;
                }
                default -> {
                    return false;
                }
            }
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
        if (mods == 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
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
