package org.glossa.ui.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.glossa.model.AnnotationSchema;
import org.glossa.ui.editor.EditorKeyMap;

/**
 * Every key of the workbench for the shortcut sheet: the key bindings of the application model (its binding tables,
 * formatted by the platform's key formatter, named by their commands) and the editor's own keys (label hot keys from
 * the schema, span and link keys).
 */
public final class ShortcutList {
    /** One row of the sheet. */
    public record Shortcut(String group, String keys, String action) {
        /** Whether every word of the query occurs in the row (ignoring case). */
        public boolean matches(String query) {
            String row = (group + " " + keys + " " + action).toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && !row.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final String EDITOR_LABELS = "Editor: labels";
    static final String EDITOR = "Editor";

    private ShortcutList() {
    }

    /**
     * The application model's bindings whose command has a handler here (the platform may add bindings of its own
     * commands, which do nothing in Glossa), grouped by binding context, then the editor's keys.
     */
    public static List<Shortcut> of(MApplication application, AnnotationSchema schema) {
        Set<MCommand> handled = application.getHandlers().stream().map(MHandler::getCommand)
                .collect(Collectors.toSet());
        List<Shortcut> rows = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            String group = table.getBindingContext() == null ? "Workbench" : table.getBindingContext().getName();
            List<Shortcut> tableRows = new ArrayList<>();
            for (MKeyBinding binding : table.getBindings()) {
                MCommand command = binding.getCommand();
                if (command != null && handled.contains(command)) {
                    tableRows.add(new Shortcut(group, format(binding.getKeySequence()), command.getCommandName()));
                }
            }
            tableRows.sort(Comparator.comparing(Shortcut::action).thenComparing(Shortcut::keys));
            rows.addAll(tableRows);
        }
        if (schema != null) {
            for (EditorKeyMap.EditorKey key : EditorKeyMap.describe(schema)) {
                String group = key.action().startsWith("Label ") ? EDITOR_LABELS : EDITOR;
                rows.add(new Shortcut(group, key.keys(), key.action()));
            }
        }
        return rows;
    }

    /** The key sequence as the platform shows it ("Ctrl+Shift+Z"); the model's text when it cannot be parsed. */
    static String format(String keySequence) {
        try {
            return KeySequence.getInstance(keySequence).format();
        } catch (ParseException e) {
            return keySequence;
        }
    }
}
