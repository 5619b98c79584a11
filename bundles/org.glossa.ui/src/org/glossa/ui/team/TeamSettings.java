package org.glossa.ui.team;

import java.io.IOException;
import java.util.Locale;

import org.glossa.core.settings.UserSettings;

/**
 * The user's choices about syncing a team project from the workbench, kept in the user's settings: whether to sync
 * after each save (default never: a save is frequent) and when closing the workbench (default: ask).
 */
public final class TeamSettings {
    public static final String SYNC_ON_SAVE = "team.syncOnSave";
    public static final String SYNC_ON_CLOSE = "team.syncOnClose";

    /** What to do at a save or close: ask each time, always sync, or never. */
    public enum Choice {
        ASK, ALWAYS, NEVER;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return switch (this) {
                case ASK -> "Ask";
                case ALWAYS -> "Always sync";
                case NEVER -> "Never sync";
            };
        }

        static Choice parse(String text, Choice otherwise) {
            for (Choice choice : values()) {
                if (choice.word().equals(text)) {
                    return choice;
                }
            }
            return otherwise;
        }
    }

    private TeamSettings() {
    }

    public static Choice syncOnSave() {
        return read(SYNC_ON_SAVE, Choice.NEVER);
    }

    public static Choice syncOnClose() {
        return read(SYNC_ON_CLOSE, Choice.ASK);
    }

    public static void set(String key, Choice choice) throws IOException {
        UserSettings.load().put(key, choice.word());
    }

    private static Choice read(String key, Choice otherwise) {
        return Choice.parse(UserSettings.load().get(key).orElse(""), otherwise);
    }
}
