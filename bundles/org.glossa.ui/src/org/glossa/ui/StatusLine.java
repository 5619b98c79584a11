package org.glossa.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The text of the workbench's status line; the editor writes it, the status line control shows it. */
public final class StatusLine {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private String text = "";

    public void set(String newText) {
        text = newText == null ? "" : newText;
        listeners.forEach(l -> l.accept(text));
    }

    public String text() {
        return text;
    }

    public Runnable onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
