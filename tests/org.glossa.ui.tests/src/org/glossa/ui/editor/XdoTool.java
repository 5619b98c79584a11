package org.glossa.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Real key presses from outside the application: the {@code xdotool} command sends them through the X server's
 * XTest extension to whatever window has the keyboard focus, as a keyboard does. Why not {@code Display.post}: it is
 * called by the application on its own UI thread, which is not how a person types, and whether it reaches the X
 * server at all depends on the SWT port; {@code notifyListeners} skips GTK, the focus and the workbench's key binding
 * dispatcher entirely. A key sent by another process lands wherever the focus really is, so a test also proves that
 * the focus is where the user needs it.
 * <p>
 * xdotool is a separate process while the UI thread must dispatch the events it causes: the event loop is run until
 * the process has finished and the released keys have come through, never for a fixed time. (XTest mouse clicks
 * reach GTK at (0, 0) under Xvfb without a window manager; only keys are sent this way.)
 */
public final class XdoTool {
    private static final long TIMEOUT_MILLIS = 20_000;
    private static final long KEY_UP_MILLIS = 3_000;

    private final Display display;

    public XdoTool(Display display) {
        this.display = display;
    }

    /** Fails, saying what to install, when xdotool cannot be run: real key events are not optional. */
    public static void require() {
        String x = System.getenv("DISPLAY");
        if (x == null || x.isBlank()) {
            throw new AssertionError("the UI tests need an X display (DISPLAY is not set); ./run-tests starts Xvfb");
        }
        try {
            Process version = new ProcessBuilder("xdotool", "version").redirectErrorStream(true).start();
            String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (version.waitFor() != 0) {
                throw new AssertionError("xdotool does not run: " + output.strip());
            }
        } catch (IOException e) {
            throw new AssertionError("the UI tests send real key events with xdotool, which is not installed"
                    + " (Debian/Ubuntu: apt-get install xdotool): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Presses and releases the keys one after the other, in xdotool's names: {@code Return}, {@code ctrl+shift+Right},
     * {@code 1}, {@code n}. Returns once xdotool is done and the events have been dispatched.
     */
    public void keys(String... keys) {
        int[] released = {0};
        Listener keyUp = event -> {
            if (!isModifier(event.keyCode)) {
                released[0]++;
            }
        };
        display.addFilter(SWT.KeyUp, keyUp);
        try {
            List<String> command = new ArrayList<>(List.of("xdotool", "key", "--delay", "40"));
            command.addAll(List.of(keys));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                require();
                throw new AssertionError("xdotool could not be started: " + e.getMessage(), e);
            }
            waitUntil(() -> !process.isAlive(), TIMEOUT_MILLIS, "xdotool " + String.join(" ", keys) + " to finish");
            String output;
            try {
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                output = e.getMessage();
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("xdotool " + String.join(" ", keys) + " failed: " + output.strip());
            }
            // The releases come after the presses: once they are through, so is everything the keys did. A key
            // that went to a window SWT does not know (a type-ahead pop-up) never shows up: then the test's own
            // condition fails and says what did not happen.
            spinUntil(() -> released[0] >= keys.length, KEY_UP_MILLIS);
            ScreenshotSupport.flush(display);
        } finally {
            if (!display.isDisposed()) {
                display.removeFilter(SWT.KeyUp, keyUp);
            }
        }
    }

    /** Makes the shell the active window and the control the focus, waiting until both are so. */
    public void focus(Shell shell, Control control) {
        shell.forceActive();
        control.forceFocus();
        waitUntil(() -> shell.getDisplay().getActiveShell() == shell && control.isFocusControl(), TIMEOUT_MILLIS,
                "the shell to be active and " + control + " to have the keyboard focus");
    }

    /** Runs the event loop until the condition holds; fails after a timeout, naming what did not happen. */
    public void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, TIMEOUT_MILLIS, what);
    }

    private void waitUntil(BooleanSupplier condition, long millis, String what) {
        if (!spinUntil(condition, millis)) {
            throw new AssertionError("timed out after " + millis + " ms waiting for " + what);
        }
    }

    private boolean spinUntil(BooleanSupplier condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline || display.isDisposed()) {
                return false;
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        return true;
    }

    private static boolean isModifier(int keyCode) {
        return keyCode == SWT.CTRL || keyCode == SWT.SHIFT || keyCode == SWT.ALT || keyCode == SWT.COMMAND;
    }

    /** xdotool's name of an SWT key code with SWT modifiers (SWT.CTRL, SWT.SHIFT, SWT.ALT). */
    public static String name(int keyCode, int modifiers) {
        StringBuilder name = new StringBuilder();
        if ((modifiers & SWT.CTRL) != 0) {
            name.append("ctrl+");
        }
        if ((modifiers & SWT.ALT) != 0) {
            name.append("alt+");
        }
        if ((modifiers & SWT.SHIFT) != 0) {
            name.append("shift+");
        }
        name.append(switch (keyCode) {
            case SWT.CR -> "Return";
            case SWT.KEYPAD_CR -> "KP_Enter";
            case SWT.ESC -> "Escape";
            case SWT.DEL -> "Delete";
            case SWT.BS -> "BackSpace";
            case SWT.TAB -> "Tab";
            case ' ' -> "space";
            case SWT.ARROW_LEFT -> "Left";
            case SWT.ARROW_RIGHT -> "Right";
            case SWT.ARROW_UP -> "Up";
            case SWT.ARROW_DOWN -> "Down";
            case SWT.HOME -> "Home";
            case SWT.END -> "End";
            case SWT.PAGE_UP -> "Prior";
            case SWT.PAGE_DOWN -> "Next";
            default -> {
                if (keyCode < 0x80 && Character.isLetterOrDigit((char) keyCode)) {
                    yield String.valueOf((char) keyCode);
                }
                throw new IllegalArgumentException("no xdotool name for key code " + keyCode);
            }
        });
        return name.toString();
    }
}
