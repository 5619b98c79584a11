package org.glossa.ui.keys;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.editor.XdoTool;

/**
 * Closes the next modal dialog with a real Esc key (xdotool) from another thread, while the UI thread is inside the
 * dialog's own event loop. Without a window manager a new dialog is not always given the keyboard, so it is made the
 * active window first (a window manager's job). Never leaves the test hanging: a dialog still open a few seconds
 * after the key is closed by hand, and the failure is reported.
 */
final class DialogCloser {
    private static final long TIMEOUT_MILLIS = 15_000;

    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Thread thread;

    DialogCloser(Display display, Shell workbench) {
        thread = new Thread(() -> run(display, workbench), "dialog-closer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Waits, running the event loop (the closer asks the UI thread about the dialog), until the closer is done; then
     * what went wrong, or null when the dialog was closed by the Esc key.
     */
    String failure(XdoTool keys) {
        keys.waitUntil(() -> !thread.isAlive(), "the dialog closer to finish");
        return failure.get();
    }

    private void run(Display display, Shell workbench) {
        try {
            Shell dialog = waitForDialog(display, workbench);
            if (dialog == null) {
                failure.set("no dialog opened");
                return;
            }
            display.syncExec(dialog::forceActive);
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (!isActive(display, dialog)) {
                if (System.currentTimeMillis() > deadline) {
                    failure.set("the dialog did not become the active window");
                    closeByHand(display, dialog);
                    return;
                }
                Thread.sleep(50);
            }
            Process escape = new ProcessBuilder("xdotool", "key", "Escape").redirectErrorStream(true).start();
            escape.waitFor();
            deadline = System.currentTimeMillis() + 5_000;
            while (!isDisposed(display, dialog)) {
                if (System.currentTimeMillis() > deadline) {
                    failure.set("Esc did not close the dialog " + dialog);
                    closeByHand(display, dialog);
                    return;
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            failure.set(e.toString());
        }
    }

    private static Shell waitForDialog(Display display, Shell workbench) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            AtomicReference<Shell> found = new AtomicReference<>();
            display.syncExec(() -> {
                for (Shell shell : display.getShells()) {
                    if (shell != workbench && shell.isVisible() && shell.getParent() == workbench) {
                        found.set(shell);
                    }
                }
            });
            if (found.get() != null) {
                return found.get();
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static boolean isActive(Display display, Shell dialog) {
        AtomicReference<Boolean> active = new AtomicReference<>(false);
        display.syncExec(() -> active.set(!dialog.isDisposed() && display.getActiveShell() == dialog));
        return active.get();
    }

    private static boolean isDisposed(Display display, Shell dialog) {
        AtomicReference<Boolean> disposed = new AtomicReference<>(false);
        display.syncExec(() -> disposed.set(dialog.isDisposed()));
        return disposed.get();
    }

    private static void closeByHand(Display display, Shell dialog) {
        display.asyncExec(() -> {
            if (!dialog.isDisposed()) {
                dialog.close();
            }
        });
    }
}
