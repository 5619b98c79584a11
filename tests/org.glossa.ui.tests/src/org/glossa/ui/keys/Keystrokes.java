package org.glossa.ui.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.ui.editor.XdoTool;

/**
 * Sends real key presses (xdotool) and counts them as an annotator's effort: a chord (Ctrl+Shift+Right) is one
 * keystroke, each typed character is one. The count is kept per step of a task, in the order the steps were done.
 */
final class Keystrokes {
    private final XdoTool keys;
    private final Map<String, Integer> perStep = new LinkedHashMap<>();
    private final List<String> sent = new ArrayList<>();
    private String step = "start";

    Keystrokes(XdoTool keys) {
        this.keys = keys;
    }

    /** Names the step the following key presses belong to. */
    void step(String name) {
        step = name;
        perStep.putIfAbsent(name, 0);
    }

    /** Presses keys (or chords) in xdotool's names, one keystroke each. */
    void press(String... chords) {
        keys.keys(chords);
        perStep.merge(step, chords.length, Integer::sum);
        sent.addAll(List.of(chords));
    }

    /** Types letters, digits and spaces, one keystroke per character. */
    void type(String text) {
        String[] chords = text.chars().mapToObj(Keystrokes::keyName).toArray(String[]::new);
        press(chords);
    }

    int total() {
        return perStep.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "STANDARD TASK KEYSTROKES: N" and one line per step. */
    String report(String title) {
        StringBuilder report = new StringBuilder(title).append(" KEYSTROKES: ").append(total()).append('\n');
        perStep.forEach((name, count) -> report.append(String.format("  %3d  %s%n", count, name)));
        report.append("  keys sent: ").append(String.join(" ", sent)).append('\n');
        return report.toString();
    }

    private static String keyName(int c) {
        if (c == ' ') {
            return "space";
        }
        if (c < 0x80 && Character.isLetterOrDigit(c)) {
            return String.valueOf((char) c);
        }
        throw new IllegalArgumentException("no key name for '" + (char) c + "'; type letters, digits and spaces");
    }
}
