package org.glossa.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives real SWT widgets with real key events (from outside the application, by xdotool: see {@link XdoTool}), as
 * a person at the keyboard would, and takes screenshots of what is on the display.
 */
public final class UiDriver {
    private final Display display;
    private final XdoTool xdotool;

    public UiDriver(Display display) {
        this.display = display;
        this.xdotool = new XdoTool(display);
    }

    /** Lets the event loop handle everything that is pending, including posted input. */
    public void flush() {
        ScreenshotSupport.flush(display);
    }

    /** Makes the shell active and the control the keyboard focus, and waits until they are. */
    public void focus(Shell shell, Control control) {
        xdotool.focus(shell, control);
    }

    /**
     * Presses and releases one key with the given modifiers (SWT.CTRL, SWT.SHIFT, SWT.ALT): a real key event from
     * outside the application, sent by xdotool (see {@link XdoTool}).
     */
    public void key(int keyCode, int modifiers) {
        xdotool.keys(XdoTool.name(keyCode, modifiers));
    }

    public void key(int keyCode) {
        key(keyCode, 0);
    }

    /**
     * Drags the mouse with the left button from one text offset to another. The mouse events are sent to the
     * widget as SWT events, so the widget's own mouse handling (caret placement, drag selection) runs; they are
     * not posted through the X server because XTest button presses reach GTK with (0, 0) as their position
     * under Xvfb with no window manager, while key events and pointer motion arrive intact.
     */
    void drag(StyledText text, int fromOffset, int toOffset) {
        Point from = pointAt(text, fromOffset);
        Point to = pointAt(text, toOffset);
        mouse(text, SWT.MouseMove, from, 0, 0);
        mouse(text, SWT.MouseDown, from, 1, SWT.NONE);
        mouse(text, SWT.MouseMove, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), 0, SWT.BUTTON1);
        mouse(text, SWT.MouseMove, to, 0, SWT.BUTTON1);
        mouse(text, SWT.MouseUp, to, 1, SWT.BUTTON1);
        flush();
    }

    void click(StyledText text, int offset) {
        Point at = pointAt(text, offset);
        mouse(text, SWT.MouseMove, at, 0, 0);
        mouse(text, SWT.MouseDown, at, 1, SWT.NONE);
        mouse(text, SWT.MouseUp, at, 1, SWT.BUTTON1);
        flush();
    }

    private static Point pointAt(StyledText text, int offset) {
        Point location = text.getLocationAtOffset(offset);
        return new Point(location.x + 1, location.y + text.getLineHeight(offset) / 2);
    }

    private void mouse(StyledText text, int type, Point at, int button, int stateMask) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.count = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = stateMask;
        event.display = display;
        event.widget = text;
        event.time = (int) System.currentTimeMillis();
        text.notifyListeners(type, event);
        flush();
    }

    /** Saves what the display shows inside the control's shell as a PNG under target/screenshots. */
    Path screenshot(Control control, String name) throws IOException {
        return ScreenshotSupport.save(control.getShell(), name);
    }

    /** The colour of one pixel of the display, as 0xRRGGBB. */
    int pixel(Control control, Point local) {
        Point global = control.toDisplay(local);
        Image image = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, global.x, global.y);
        } finally {
            gc.dispose();
        }
        org.eclipse.swt.graphics.ImageData data = image.getImageData();
        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(0, 0));
        image.dispose();
        return rgb.red << 16 | rgb.green << 8 | rgb.blue;
    }
}
